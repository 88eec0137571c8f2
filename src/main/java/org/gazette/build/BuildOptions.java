package org.gazette.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What to build: the newsroom folder (holding {@code content/} and optionally {@code templates/}),
 * the output folder, the build clock that decides what is published (null: the one pinned in
 * site.yaml, else the current time), and readership sources replacing those of site.yaml (null:
 * use site.yaml's), and whether to write a precompressed {@code .gz} beside every text file, and
 * whether to minify the theme's CSS and JS ({@code minify}: on for production builds, the default;
 * a preview server turns it off to keep them readable).
 */
public record BuildOptions(Path source, Path out, Instant now, List<String> analytics, boolean precompress,
                           boolean minify) {

    public BuildOptions(Path source, Path out, Instant now) {
        this(source, out, now, null);
    }

    public BuildOptions(Path source, Path out, Instant now, List<String> analytics) {
        this(source, out, now, analytics, false);
    }

    public BuildOptions(Path source, Path out, Instant now, List<String> analytics, boolean precompress) {
        this(source, out, now, analytics, precompress, true);
    }

    /** The same options with precompression switched on or off. */
    public BuildOptions withPrecompress(boolean on) {
        return new BuildOptions(source, out, now, analytics, on, minify);
    }

    /** The same options with minification of the theme's CSS and JS switched on or off. */
    public BuildOptions withMinify(boolean on) {
        return new BuildOptions(source, out, now, analytics, precompress, on);
    }

    public BuildOptions {
        analytics = analytics == null ? null : List.copyOf(analytics);
    }
}
