package org.gazette.ranking;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads access logs (plain or gzipped, rotated files in any order) and page-view CSV exports
 * into unique readers per article and hour. Files, and ranges of large plain files, are read in
 * parallel; memory depends on the number of distinct readers, never on the size of the logs.
 * Visitors are 64-bit hashes of address and user agent under a random salt made per load and
 * never written anywhere; addresses, user agents and referers are not kept or reported.
 * Immutable and thread-safe: build it once.
 */
public final class ReadershipLoader {
    /**
     * At most this many parts the visitors are folded in: each part scans every worker's tables, so more
     * parts than that add memory traffic for little.
     */
    private static final int MAX_PARTS = 8;
    /** Plain logs above this size are split into ranges read in parallel. */
    private static final long MIN_CHUNK = 8L << 20;

    private final RequestPaths paths;
    private final CrawlerMatcher crawlers;
    private final int threads;

    /** @param basePath the site's base path, e.g. {@code /} or {@code /news/}: log paths start with it */
    public ReadershipLoader(String basePath) {
        this(basePath, CrawlerMatcher.shipped(), Runtime.getRuntime().availableProcessors());
    }

    ReadershipLoader(String basePath, CrawlerMatcher crawlers, int threads) {
        this.paths = new RequestPaths(basePath);
        this.crawlers = crawlers;
        this.threads = Math.max(1, threads);
    }

    /** {@link #load(Path, List, Map, Instant, RankingSettings)} relative to the working folder. */
    public ReadershipData load(List<String> sources, Map<String, ArticleRef> byPath, Instant now, RankingSettings s) {
        return load(Path.of(""), sources, byPath, now, s);
    }

    /**
     * Loads every source.
     *
     * @param root    what relative sources are resolved against (the newsroom folder)
     * @param sources file paths or globs in the file name ({@code analytics/access.log*}); names
     *                ending {@code .csv} or {@code .csv.gz} are page-view exports, others access logs
     * @param byPath  the articles, by canonical path (extra keys such as aliases are fine)
     * @param now     the build clock: later events are ignored, windows end here
     * @throws ReadershipException for a missing file, an unknown CSV header, an unreadable file,
     *                             or more bad lines than {@link RankingSettings#maxBadRatio()}
     */
    public ReadershipData load(Path root, List<String> sources, Map<String, ArticleRef> byPath, Instant now,
                               RankingSettings s) {
        List<SourceFiles.Source> files = SourceFiles.expand(root, sources);
        Collection<ArticleRef> articles = new LinkedHashSet<>(byPath.values());
        ArticleIndex index = new ArticleIndex(articles);
        LoadContext ctx = new LoadContext(index, paths, crawlers, new SecureRandom().nextLong(), now.getEpochSecond(),
                s.horizonHours(), s);
        List<Planned> plan = plan(ctx, files);
        List<String> labels = plan.stream().map(Planned::label).toList();
        List<Tally> tallies = inParallel(plan.stream().map(Planned::task).toList(), labels);
        ReadershipData data = Folding.fold(ctx, now, files.size(), labels, plan.stream().map(Planned::first).toList(),
                tallies, Math.min(threads, MAX_PARTS), parts -> inParallel(parts, null));
        IngestStats st = data.stats();
        if (st.badRatio() > s.maxBadRatio()) {
            throw new ReadershipException(String.format(java.util.Locale.ROOT,
                    "readership data unusable: %,d of %,d lines are bad (%.0f%%, limit %.0f%%); first: %s",
                    st.bad(), st.lines(), 100 * st.badRatio(), 100 * s.maxBadRatio(), String.join("; ", st.firstBadLines())));
        }
        return data;
    }

    /** A unit of work: a task, the file label, and whether it is the first range of its file. */
    private record Planned(String label, boolean first, Callable<Tally> task) {
    }

    private List<Planned> plan(LoadContext ctx, List<SourceFiles.Source> files) {
        List<Planned> plan = new ArrayList<>();
        for (SourceFiles.Source f : files) {
            if (f.csv()) {
                plan.add(new Planned(f.label(), true, new CsvTask(ctx, f.file(), f.label(), f.gzip())));
            } else if (f.gzip() || f.size() <= MIN_CHUNK) {
                plan.add(new Planned(f.label(), true, new AccessLogTask(ctx, f.file(), f.gzip(), 0, Long.MAX_VALUE)));
            } else {
                long chunk = Math.max(MIN_CHUNK, f.size() / (threads * 2L) + 1);
                for (long at = 0; at < f.size(); at += chunk) {
                    long end = Math.min(f.size(), at + chunk);
                    plan.add(new Planned(f.label(), at == 0,
                            new AccessLogTask(ctx, f.file(), false, at, end == f.size() ? Long.MAX_VALUE : end)));
                }
            }
        }
        return plan;
    }

    /**
     * Runs {@code tasks} on up to {@link #threads} threads; their results in order. A task that reads a
     * file has a label, which names the file in what its failure reports; a failure of a task without
     * one (folding) is Gazette's own, rethrown as it is.
     */
    private <T> List<T> inParallel(List<Callable<T>> tasks, List<String> labels) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "gazette-readership");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                out.add(result(labels == null ? null : labels.get(i), futures.get(i)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T result(String label, Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadershipException(label + ": interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ReadershipException r) {
                throw r;
            }
            if (c instanceof Error error) {
                throw error; // out of memory, say: not a problem of the file
            }
            if (label == null && c instanceof RuntimeException bug) {
                throw bug;
            }
            String what = c instanceof UncheckedIOException u ? u.getCause().getClass().getSimpleName() : c.toString();
            throw new ReadershipException(label + ": cannot read (" + what + ")", c);
        }
    }
}
