package org.gazette.ranking;

import java.util.List;

/**
 * What loading did with every line (log line or CSV row), for the build output. Every line lands
 * in exactly one bucket: {@code lines = counted + floodDropped + bots + notViews + notArticles +
 * outOfWindow + bad}. Reports name positions only, never log content.
 *
 * @param files         source files read
 * @param lines         non-blank lines and CSV data rows
 * @param counted       article views by people inside the kept time range (before unique-reader folding)
 * @param bots          crawler, empty, {@code -} or too-short user agents
 * @param floodDropped  views of a visitor in an hour where it made more views than allowed
 * @param notArticles   requests for anything that is not an article: home, sections, assets, probes
 * @param bad           unreadable lines: malformed, invalid UTF-8, too long, hostile path, truncated gzip
 * @param firstBadLines the first five bad lines as {@code file:line: reason}
 * @param notViews      requests other than GET answered 200 or 304
 * @param outOfWindow   views after now, or older than the longest window; an access-log line is sorted
 *                      into this bucket as soon as its time is read, so the other buckets of an access
 *                      log (but a line without a readable time, which is bad) hold lines inside the window
 */
public record IngestStats(long files, long lines, long counted, long bots, long floodDropped, long notArticles,
                          long bad, List<String> firstBadLines, long notViews, long outOfWindow) {

    /** How many bad lines are reported by position. */
    public static final int REPORTED_BAD_LINES = 5;

    public IngestStats {
        firstBadLines = List.copyOf(firstBadLines);
    }

    public static IngestStats empty() {
        return new IngestStats(0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0);
    }

    /** Share of lines that were bad; 0 for no lines. */
    public double badRatio() {
        return lines == 0 ? 0 : (double) bad / lines;
    }
}
