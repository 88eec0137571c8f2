package org.gazette.render.view;

/** The publishing organisation; {@code logo} may be null. */
public record PublisherView(String name, ImageView logo) {
}
