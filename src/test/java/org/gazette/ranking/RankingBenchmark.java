package org.gazette.ranking;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: loads one access log N times and prints lines per second and peak heap.
 * {@code java -cp target/classes:target/test-classes:<deps> org.gazette.ranking.RankingBenchmark LOG NOW [N]}.
 * Articles are taken from the log itself (every path with a dated segment), so any log works.
 */
public final class RankingBenchmark {
    private RankingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        Instant now = Instant.parse(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Map<String, ArticleRef> articles = articlesIn(log, now);
        ReadershipLoader loader = new ReadershipLoader("/");
        RankingSettings s = RankingSettings.defaults();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ReadershipData d = loader.load(Path.of(""), List.of(log.toString()), articles, now, s);
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %,d lines in %.2f s = %,.0f lines/s; counted %,d%n",
                    i + 1, d.stats().lines(), secs, d.stats().lines() / secs, d.stats().counted());
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %,d MB; %d articles; %d cores%n",
                peak >> 20, articles.size(), Runtime.getRuntime().availableProcessors());
    }

    /** Article-like paths of the first 200,000 lines, published a year before now. */
    private static Map<String, ArticleRef> articlesIn(Path log, Instant now) throws Exception {
        Map<String, ArticleRef> out = new HashMap<>();
        try (var lines = java.nio.file.Files.lines(log)) {
            lines.limit(200_000).forEach(l -> {
                int q = l.indexOf("\"GET /");
                if (q < 0) {
                    return;
                }
                int e = l.indexOf(' ', q + 5);
                String p = e < 0 ? "" : l.substring(q + 6, e);
                int qs = p.indexOf('?');
                p = qs >= 0 ? p.substring(0, qs) : p;
                if (p.matches("[a-z]+/\\d{4}/\\d\\d/\\d\\d/[^/]+/")) {
                    out.putIfAbsent(p, ArticleRef.of(p, now.minusSeconds(86400L * 365)));
                }
            });
        }
        return out;
    }
}
