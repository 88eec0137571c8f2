package org.gazette.ranking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Turns loaded readership into the Trending and Most Read lists: a pure function of its inputs,
 * so the same data, articles and clock always give the same lists. Stateless and thread-safe.
 */
public final class Ranker {

    /**
     * Ranks {@code articles} (pins keep the order of this collection) at the build clock.
     *
     * @throws IllegalArgumentException when the data was loaded for another clock
     */
    public Rankings rank(ReadershipData data, Collection<ArticleRef> articles, Instant now, RankingSettings s) {
        if (data.hasReaders() && !data.now().equals(now)) {
            throw new IllegalArgumentException("readership was loaded for " + data.now() + " but ranked at " + now
                    + "; load and rank with the same build clock");
        }
        List<Ranked> trending = Trending.rank(data, articles, now, s);
        MostRead.Result mostRead = MostRead.rank(data, articles, now, s);
        return new Rankings(trending, mostRead.list(), summary(data, trending, mostRead, s));
    }

    private static String summary(ReadershipData data, List<Ranked> trending, MostRead.Result mostRead,
                                  RankingSettings s) {
        IngestStats st = data.stats();
        String skipped = skipped(st);
        if (!data.hasReaders()) {
            String read = st.files() == 0 ? "" : String.format(Locale.ROOT, " (%,d lines in %s, no article readers%s)",
                    st.lines(), files(st.files()), skipped.isEmpty() ? "" : "; " + skipped);
            return "no readership data" + read + ": trending shows editor pins only, most read omitted";
        }
        long pins = trending.stream().filter(r -> r.article().pinnedUntil() != null && r.score() == 0
                && r.explanation().startsWith("pinned")).count();
        String period;
        double readers = 0;
        int hours = switch (data.granularity()) {
            case HOURLY -> (int) s.trendingWindow().toHours();
            case DAILY -> 24 * (s.trendingDailyBaselineDays() + 1);
            case NONE -> 0;
        };
        for (ReaderSeries r : data.byArticle().values()) {
            readers += r.sum(0, hours) + r.undated();
        }
        period = hours == 0 ? "undated" : hours % 24 == 0 && hours > 48 ? "in " + hours / 24 + " days" : "in " + hours + " h";
        return String.format(Locale.ROOT, "rankings: %s readers %s from %s%s; trending %d%s, most read %d%s",
                Ordering.num(Math.rint(readers)), period, files(st.files()), skipped.isEmpty() ? "" : " (" + skipped + ")",
                trending.size(), pins == 0 ? "" : " (" + pins + " pinned)", mostRead.list().size(),
                mostRead.widened() ? " (widened to " + mostRead.windowHours() / 24 + " days)" : "");
    }

    private static String skipped(IngestStats st) {
        StringBuilder b = new StringBuilder();
        if (st.bots() > 0) {
            b.append(String.format(Locale.ROOT, "%,d bot", st.bots()));
        }
        if (st.floodDropped() > 0) {
            b.append(b.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%,d flood", st.floodDropped()));
        }
        if (st.bad() > 0) {
            b.append(b.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%,d bad", st.bad()));
        }
        return b.length() == 0 ? "" : "skipped " + b + " lines";
    }

    private static String files(long n) {
        return n == 1 ? "1 file" : String.format(Locale.ROOT, "%,d files", n);
    }
}
