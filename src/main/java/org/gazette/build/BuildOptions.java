package org.gazette.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build: the newsroom folder (holding {@code content/} and optionally {@code templates/}),
 * the output folder, and the build clock that decides what is published.
 */
public record BuildOptions(Path source, Path out, Instant now) {
}
