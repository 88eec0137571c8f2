package org.gazette.browser;

import java.nio.file.Path;
import java.util.List;
import org.gazette.testing.Builds;

/** The demo newsroom, built into a folder and served over HTTP on loopback. */
final class DemoSite implements AutoCloseable {
    /** The seed article's site path. */
    static final String SEED_ARTICLE = "/world/2023/10/12/putins-first-time-since-march/";

    /** One page of every kind a reader meets, by a short name used for screenshots. */
    static final List<DemoPage> PAGES = List.of(
            new DemoPage("front", "/"),
            new DemoPage("article", SEED_ARTICLE),
            new DemoPage("section", "/world/"),
            new DemoPage("tag", "/tags/russia/"),
            new DemoPage("author", "/authors/henrik-rothen/"),
            new DemoPage("archive", "/archive/"),
            new DemoPage("archive-month", "/archive/2023/10/"),
            new DemoPage("404", "/404.html"));

    private final SiteServer server;

    private DemoSite(Path folder) {
        this.server = new SiteServer(folder);
    }

    /** Builds the demo newsroom at the repository root into {@code dir/site} and serves it. */
    static DemoSite build(Path dir) {
        Path out = dir.resolve("site");
        Builds.demo(out);
        return new DemoSite(out);
    }

    String url(String path) {
        return server.url(path);
    }

    @Override
    public void close() {
        server.close();
    }

    /** A page to open: {@code name} for reports and screenshot files, {@code path} on the site. */
    record DemoPage(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }
}
