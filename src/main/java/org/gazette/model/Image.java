package org.gazette.model;

import java.nio.file.Path;

/**
 * A picture an editor placed: the file on disk, where it is published (a path relative to the
 * output root, without a leading slash), its text, and its size in pixels (0 when unknown).
 */
public record Image(Path file, String outputPath, String alt, String credit, String caption, int width, int height) {
}
