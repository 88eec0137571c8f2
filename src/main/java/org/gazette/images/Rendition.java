package org.gazette.images;

/**
 * One published file made from a picture: its path relative to the site root, its size in pixels,
 * and how it is made — the region of the source it shows ({@code x, y, regionWidth, regionHeight};
 * the whole picture for plain widths) scaled to {@code width × height}. {@code suffix} names it in
 * the file name ({@code 800}, {@code 1200x630}, {@code 16x9}).
 */
public record Rendition(String path, String suffix, int width, int height, int x, int y, int regionWidth, int regionHeight) {
}
