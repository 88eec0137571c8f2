package org.gazette.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuild;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;

/** A private copy of the demo newsroom that a test may edit, built with precompression as the pom builds it. */
final class DemoNewsroom {
    /** The demo article the publishing tests delete, and its URL. */
    static final String DELETED = "content/articles/2023/11/harbour-cycling-bridge-delayed-again.md";
    static final String DELETED_URL = "/politics/2023/11/08/harbour-cycling-bridge-delayed-again/";
    static final String SEED_URL = "/world/2023/10/12/putins-first-time-since-march/";

    private final Path dir;

    private DemoNewsroom(Path dir) {
        this.dir = dir;
    }

    static DemoNewsroom copy(Path dir) throws IOException {
        for (String part : new String[] {"content", "analytics", ".gazette-cache"}) {
            Path from = Builds.repo().resolve(part);
            if (Files.isDirectory(from)) {
                Newsrooms.copy(from, dir.resolve(part));
            }
        }
        return new DemoNewsroom(dir);
    }

    void build(Path out) {
        new SiteBuild().run(new BuildOptions(dir, out, null, null, true));
    }

    void delete(String file) throws IOException {
        Files.delete(dir.resolve(file));
    }
}
