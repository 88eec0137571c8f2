package org.gazette.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one worker counted from one file or file range, before visitors are folded into unique
 * readers. Holds only hashed visitor keys, never addresses or user agents. Not thread-safe: one
 * per worker, merged afterwards.
 */
final class Tally {
    /** A bad line, numbered within the worker's range. */
    record BadLine(long line, String reason) {
    }

    /** (visitor, hour, 0) to article views: what the flood rule looks at. */
    final KeyTable visitorHours = new KeyTable();
    /** (visitor, article, hour) seen: folded into one reader per visitor, article and day. */
    final KeyTable views = new KeyTable();
    /** Article id to readers per hour, from CSV rows that already count readers. */
    final Map<Integer, double[]> direct = new HashMap<>();
    /** Article id to undated CSV readers. */
    final Map<Integer, Double> undated = new HashMap<>();
    final List<BadLine> badLines = new ArrayList<>();

    long lines;
    long counted;
    long bots;
    long notViews;
    long notArticles;
    long outOfWindow;
    long bad;
    /** Physical lines read, blank ones included: where the next range's numbering starts. */
    long lineCount;
    boolean hourly;
    boolean daily;

    void bad(long lineNo, String reason) {
        bad++;
        if (badLines.size() < IngestStats.REPORTED_BAD_LINES) {
            badLines.add(new BadLine(lineNo, reason));
        }
    }

    double[] directHours(int article, int hours) {
        return direct.computeIfAbsent(article, a -> new double[hours]);
    }
}
