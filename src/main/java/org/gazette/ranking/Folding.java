package org.gazette.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Merges the workers' tallies and folds views into readers: first the flood rule drops every
 * view of a visitor in an hour where it made too many (and in the hours either side), then each remaining visitor counts once
 * per article per day (24-hour days counted back from now), in the hour of its earliest view
 * that day. The result does not depend on the order files or ranges were read in, nor on how many
 * parts the visitors are split into to fold them on every core.
 */
final class Folding {
    private Folding() {
    }

    /**
     * @param shards how many parts the visitors are split into, each folded on its own thread of
     *               {@code pool} (every rule below looks at one visitor at a time); the result is the same
     *               for any number
     */
    static ReadershipData fold(LoadContext ctx, Instant now, int files, List<String> labels, List<Boolean> firsts,
                               List<Tally> tallies, int shards, Function<List<Callable<Readers>>, List<Readers>> pool) {
        int hours = ctx.horizonHours();
        // Readers per article id (ids are dense): an array, not a map of boxed ids, since every reader-day
        // of every part is added here, millions of them in a large newsroom.
        double[][] hourly = new double[ctx.index().size()][];
        Map<Integer, Double> undated = new HashMap<>();
        long lines = 0, counted = 0, bots = 0, notViews = 0, notArticles = 0, outOfWindow = 0, bad = 0;
        boolean anyHourly = false, anyDaily = false;
        List<String> badLines = new ArrayList<>();
        long lineOffset = 0;
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            if (firsts.get(i)) {
                lineOffset = 0;
            }
            for (Tally.BadLine b : t.badLines) {
                if (badLines.size() < IngestStats.REPORTED_BAD_LINES) {
                    badLines.add(labels.get(i) + ":" + (lineOffset + b.line()) + ": " + b.reason());
                }
            }
            lineOffset += t.lineCount;
            t.direct.forEach((a, h) -> add(series(hourly, a, hours), h));
            t.undated.forEach((a, r) -> undated.merge(a, r, Double::sum));
            lines += t.lines;
            counted += t.counted;
            bots += t.bots;
            notViews += t.notViews;
            notArticles += t.notArticles;
            outOfWindow += t.outOfWindow;
            bad += t.bad;
            anyHourly |= t.hourly;
            anyDaily |= t.daily;
        }
        int limit = ctx.settings().floodViewsPerHour();
        List<Callable<Readers>> parts = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            int part = shard;
            parts.add(() -> readers(tallies, part, shards, limit));
        }
        long flooded = 0;
        for (Readers part : pool.apply(parts)) { // in shard order; whole counts, so any order sums the same
            flooded += part.flooded();
            KeyTable readerDays = part.readerDays();
            for (int i = 0; i < readerDays.capacity(); i++) {
                if (readerDays.value(i) != 0) {
                    series(hourly, readerDays.key2(i), hours)[readerDays.value(i) - 1] += 1;
                }
            }
        }
        Map<String, ReaderSeries> byArticle = new HashMap<>();
        for (int a = 0; a < hourly.length; a++) {
            if (hourly[a] != null) {
                byArticle.put(ctx.index().article(a).path(), new ReaderSeries(hourly[a], undated.getOrDefault(a, 0.0)));
            }
        }
        undated.forEach((a, r) -> byArticle.putIfAbsent(ctx.index().article(a).path(), new ReaderSeries(new double[hours], r)));
        Granularity g = anyHourly ? Granularity.HOURLY : anyDaily ? Granularity.DAILY : Granularity.NONE;
        IngestStats stats = new IngestStats(files, lines, counted - flooded, bots, flooded, notArticles, bad, badLines,
                notViews, outOfWindow);
        return new ReadershipData(now, hours, g, byArticle, stats);
    }

    /**
     * One shard's visitors folded: (visitor, article, day) → the hour of the visitor's earliest view
     * that day, plus one; and how many of their views the flood rule dropped.
     */
    record Readers(KeyTable readerDays, long flooded) {
    }

    /** The flood rule, then one reader per visitor, article and day, for the visitors of one shard. */
    private static Readers readers(List<Tally> tallies, int shard, int shards, int limit) {
        // Sized for this part's share of the workers' entries up front: growing a table of millions of
        // entries step by step inserts each of them again at every step.
        long visitorHourEntries = 0;
        long viewEntries = 0;
        for (Tally t : tallies) {
            visitorHourEntries += t.visitorHours.size();
            viewEntries += t.views.size();
        }
        KeyTable visitorHours = new KeyTable(capacityFor(visitorHourEntries / shards));
        KeyTable views = new KeyTable(capacityFor(viewEntries / shards));
        for (Tally t : tallies) {
            visitorHours.addShard(t.visitorHours, shard, shards);
            views.addShard(t.views, shard, shards);
        }
        // The visitors with an hour over the limit are few: each visitor-hour is checked against them
        // first, a small set, before the three lookups in the large table (a cache miss each).
        KeyTable flooders = new KeyTable(); // visitor → 1, without a boxed Long for every view below
        for (int i = 0; i < visitorHours.capacity(); i++) {
            if (visitorHours.value(i) > limit) {
                flooders.max(visitorHours.key1(i), 0, 0, 1);
            }
        }
        // Every view's visitor-hour is in visitorHours: the flooded ones, found once, are all a view needs.
        KeyTable floodedHours = new KeyTable(); // (visitor, hour) → 1
        long flooded = 0;
        for (int i = 0; i < visitorHours.capacity(); i++) {
            long visitor = visitorHours.key1(i);
            int hour = visitorHours.key2(i);
            if (visitorHours.value(i) != 0 && flooders.get(visitor, 0, 0) != 0 && flooding(visitorHours, visitor, hour, limit)) {
                flooded += visitorHours.value(i);
                floodedHours.max(visitor, hour, 0, 1);
            }
        }
        KeyTable readerDays = new KeyTable(views.size());
        for (int i = 0; i < views.capacity(); i++) {
            if (views.value(i) == 0) {
                continue;
            }
            long visitor = views.key1(i);
            int hour = views.key3(i);
            if (floodedHours.get(visitor, hour, 0) != 0) {
                continue;
            }
            readerDays.max(visitor, views.key2(i), hour / 24, hour + 1); // larger hour = earlier view
        }
        return new Readers(readerDays, flooded);
    }

    /** The readers by hour of article {@code id}, made on first use. */
    private static double[] series(double[][] hourly, int id, int hours) {
        if (hourly[id] == null) {
            hourly[id] = new double[hours];
        }
        return hourly[id];
    }

    /** A table capacity that holds {@code entries} without growing (a table grows when half full). */
    private static int capacityFor(long entries) {
        return (int) Math.min(1 << 30, 2 * entries + 2);
    }

    /**
     * Whether the visitor made more views than allowed in this hour or in an hour next to it: a
     * flood that straddles an hour boundary is dropped whole, not just its larger half.
     */
    private static boolean flooding(KeyTable visitorHours, long visitor, int hour, int limit) {
        return visitorHours.get(visitor, hour, 0) > limit || visitorHours.get(visitor, hour + 1, 0) > limit
                || (hour > 0 && visitorHours.get(visitor, hour - 1, 0) > limit);
    }

    private static void add(double[] into, double[] from) {
        for (int k = 0; k < into.length; k++) {
            into[k] += from[k];
        }
    }
}
