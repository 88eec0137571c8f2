package org.gazette.ranking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Trending: editor pins first, then stories whose readership accelerates, scored
 * {@code acceleration × ln(1 + momentum)} (the README (Trending and Most Read) has the formulas). Hourly data compares
 * the recent hours with the earlier rest of the window; daily data compares the last day with
 * the mean of the previous days. Undated data says nothing about change: pins only.
 */
final class Trending {
    private Trending() {
    }

    static List<Ranked> rank(ReadershipData data, Collection<ArticleRef> articles, Instant now, RankingSettings s) {
        List<Ranked> out = new ArrayList<>();
        for (ArticleRef a : articles) {
            if (out.size() < s.trendingSize() && a.pinnedAt(now) && !a.excluded()) {
                out.add(new Ranked(a, 0, "pinned by the editor until " + a.pinnedUntil()));
            }
        }
        if (data.granularity() == Granularity.NONE) {
            return out;
        }
        List<Ranked> scored = new ArrayList<>();
        for (ArticleRef a : articles) {
            ReaderSeries r = data.readers(a.path());
            if (r != null && !a.pinnedAt(now) && Ordering.listable(a, now, s.trendingMaxAge())) {
                Ranked t = data.granularity() == Granularity.HOURLY ? hourly(a, r, now, s) : daily(a, r, now, s);
                if (t != null) {
                    scored.add(t);
                }
            }
        }
        scored.sort(Ordering.BY_SCORE);
        for (int i = 0; i < scored.size() && out.size() < s.trendingSize(); i++) {
            out.add(scored.get(i));
        }
        return out;
    }

    /** Recent hours against the earlier rest of the window, as a rate over the hours the article was online. */
    static Ranked hourly(ArticleRef a, ReaderSeries r, Instant now, RankingSettings s) {
        int window = (int) s.trendingWindow().toHours();
        int recentHours = (int) s.trendingRecent().toHours();
        int earlierHours = window - recentHours;
        double recent = r.sum(0, recentHours);
        double earlier = r.sum(recentHours, window);
        double online = hoursOnline(a, now) - recentHours;
        double exposure = Math.max(1, Math.min(earlierHours, online));
        double earlierRate = earlier * recentHours / exposure;
        double momentum = 0;
        for (int k = 0; k < window; k++) {
            momentum += r.hour(k) * Math.pow(2, -(k + 0.5) / s.trendingHalfLife().toHours());
        }
        return score(a, recent, earlierRate, momentum, s, String.format(Locale.ROOT,
                "recent %s readers in %d h, earlier %s in %s h -> %s per %d h", Ordering.num(recent), recentHours,
                Ordering.num(earlier), Ordering.num(exposure), Ordering.num(earlierRate), recentHours),
                "the last " + window + " h, halved every " + s.trendingHalfLife().toHours() + " h");
    }

    /** The last 24 h against the mean day of the previous days the article was online. */
    static Ranked daily(ArticleRef a, ReaderSeries r, Instant now, RankingSettings s) {
        int days = s.trendingDailyBaselineDays();
        double today = r.sum(0, 24);
        double before = r.sum(24, 24 * (days + 1));
        double exposure = Math.max(1, Math.min(days, hoursOnline(a, now) / 24 - 1));
        double mean = before / exposure;
        double momentum = 0;
        for (int d = 0; d <= days; d++) {
            momentum += r.sum(24 * d, 24 * d + 24) * Math.pow(2, -(d + 0.5) * 24 / s.trendingDailyHalfLife().toHours());
        }
        return score(a, today, mean, momentum, s, String.format(Locale.ROOT,
                "last 24 h %s readers, previous %s days %s -> %s per day", Ordering.num(today), Ordering.num(exposure),
                Ordering.num(before), Ordering.num(mean)),
                "the last " + (days + 1) + " days, halved every " + s.trendingDailyHalfLife().toHours() + " h");
    }

    private static Ranked score(ArticleRef a, double recent, double baseline, double momentum, RankingSettings s,
                                String counts, String momentumWhat) {
        double accel = (recent + s.trendingRecentPrior()) / (baseline + s.trendingEarlierPrior());
        if (recent < s.trendingMinRecentReaders() || accel < s.trendingMinRatio()) {
            return null;
        }
        double score = accel * Math.log1p(momentum);
        return new Ranked(a, score, String.format(Locale.ROOT,
                "score %.3f = acceleration %.3f x ln(1 + momentum %.3f); acceleration = (%s + %s) / (%s + %s) from %s;"
                        + " momentum = readers of %s",
                score, accel, momentum, Ordering.num(recent), Ordering.num(s.trendingRecentPrior()),
                Ordering.num(baseline), Ordering.num(s.trendingEarlierPrior()), counts, momentumWhat));
    }

    private static double hoursOnline(ArticleRef a, Instant now) {
        return Duration.between(a.published(), now).toSeconds() / 3600.0;
    }
}
