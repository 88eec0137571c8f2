package org.gazette.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What to preview and where: the newsroom folder, the build clock (null: site.yaml's buildClock,
 * else the time of each full reload), readership sources replacing site.yaml's (null: its own),
 * whether drafts and scheduled articles are shown, and the address to listen on (port 0: any free
 * port).
 */
public record ServeOptions(Path source, Instant now, List<String> analytics, boolean drafts, boolean future,
                           String bind, int port) {
    public ServeOptions {
        analytics = analytics == null ? null : List.copyOf(analytics);
    }
}
