package org.gazette.render.view;

/** A published picture; width and height are 0 when unknown; credit and caption may be null. */
public record ImageView(String url, String alt, String credit, String caption, int width, int height) {
}
