package org.gazette.ranking;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Unique readers per article, hour by hour back from the build clock, and what loading skipped.
 *
 * @param now         the build clock the hours count back from
 * @param hours       how many hours are held
 * @param granularity the finest time resolution of the sources
 * @param byArticle   canonical article path to its readers; articles without readers are absent
 * @param stats       what loading did with each line
 */
public record ReadershipData(Instant now, int hours, Granularity granularity, Map<String, ReaderSeries> byArticle,
                             IngestStats stats) {

    public ReadershipData {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(granularity, "granularity");
        byArticle = Map.copyOf(byArticle);
        Objects.requireNonNull(stats, "stats");
    }

    /** No sources, or nothing in them. */
    public static ReadershipData empty(Instant now) {
        return new ReadershipData(now, 0, Granularity.NONE, Map.of(), IngestStats.empty());
    }

    /** Whether any reader was counted at all. */
    public boolean hasReaders() {
        return !byArticle.isEmpty();
    }

    /** The readers of an article, or null when it had none. */
    public ReaderSeries readers(String path) {
        return byArticle.get(path);
    }
}
