package org.gazette.render.view;

/** A file of a picture at one size: its site URL, its absolute URL (for meta tags and JSON-LD), and its pixel size. */
public record CropView(String url, String absoluteUrl, int width, int height) {
}
