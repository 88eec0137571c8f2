package org.gazette.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.content.ContentLoader;
import org.gazette.model.Newsroom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH (not a test; run with scripts/bench-jmh.sh): rendering one page with the default theme, and
 * the fingerprint of one planned page, which a rebuild makes for every page, kept or not, to tell
 * whether it can keep it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageRenderBenchmark {
    @Param("/tmp/gazette-bench/n1000")
    public String newsroom;

    /** Which pages: "article" pages, or "listing" pages (sections, tags, authors, archive). */
    @Param({"article", "listing"})
    public String kind;

    private SiteRenderer renderer;
    private List<PageSpec> pages;
    private int next;

    @Setup
    public void plan() {
        Path root = Path.of(newsroom);
        Newsroom n = new ContentLoader().load(root, Instant.parse("2024-07-01T00:00:00Z"));
        renderer = new SiteRenderer(n, new Theme(root), n.published().subList(0, 5), n.published().subList(5, 15));
        pages = renderer.plan().stream().filter(p -> kind.equals("article") == p.page().kind().equals("article")).toList();
    }

    @Benchmark
    public byte[] renderOnePage() {
        return renderer.render(pages.get(next++ % pages.size()));
    }

    @Benchmark
    public PageFingerprint fingerprintOnePage() {
        return PageFingerprint.of(pages.get(next++ % pages.size()));
    }
}
