package org.gazette.render.view;

/** A section and its front page. */
public record SectionView(String id, String name, String description, String url) {
}
