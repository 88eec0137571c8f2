package org.gazette.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What to build: the newsroom folder (holding {@code content/} and optionally {@code templates/}),
 * the output folder, the build clock that decides what is published (null: the one pinned in
 * site.yaml, else the current time), and readership sources replacing those of site.yaml (null:
 * use site.yaml's).
 */
public record BuildOptions(Path source, Path out, Instant now, List<String> analytics) {

    public BuildOptions(Path source, Path out, Instant now) {
        this(source, out, now, null);
    }

    public BuildOptions {
        analytics = analytics == null ? null : List.copyOf(analytics);
    }
}
