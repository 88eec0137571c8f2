package org.gazette.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Most Read: unique readers over the trailing window ending at now, widened once when too few
 * articles qualify. An article qualifies with at least the minimum readers, within the maximum
 * age, published by now and not excluded.
 */
final class MostRead {
    /** The list and the window it was counted over. */
    record Result(List<Ranked> list, long windowHours, boolean widened) {
    }

    private MostRead() {
    }

    static Result rank(ReadershipData data, Collection<ArticleRef> articles, Instant now, RankingSettings s) {
        if (!data.hasReaders()) {
            return new Result(List.of(), s.mostReadWindow().toHours(), false);
        }
        long narrow = s.mostReadWindow().toHours();
        List<Ranked> q = qualifying(data, articles, now, s, narrow);
        if (q.size() >= s.mostReadMinArticles()) {
            return new Result(top(q, s), narrow, false);
        }
        long wide = s.mostReadWideWindow().toHours();
        return new Result(top(qualifying(data, articles, now, s, wide), s), wide, wide != narrow);
    }

    private static List<Ranked> qualifying(ReadershipData data, Collection<ArticleRef> articles, Instant now,
                                           RankingSettings s, long hours) {
        List<Ranked> out = new ArrayList<>();
        for (ArticleRef a : articles) {
            ReaderSeries r = data.readers(a.path());
            if (r == null || !Ordering.listable(a, now, s.mostReadMaxAge())) {
                continue;
            }
            double readers = r.sum(0, (int) hours) + r.undated();
            if (readers >= s.mostReadMinReaders()) {
                out.add(new Ranked(a, readers, String.format(java.util.Locale.ROOT,
                        "%s readers in the last %s (minimum %d); published %s ago",
                        Ordering.num(readers), hours % 24 == 0 && hours > 24 ? hours / 24 + " days" : hours + " h",
                        s.mostReadMinReaders(), Ordering.age(a, now))));
            }
        }
        return out;
    }

    private static List<Ranked> top(List<Ranked> q, RankingSettings s) {
        List<Ranked> sorted = new ArrayList<>(q);
        sorted.sort(Ordering.BY_SCORE);
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < s.mostReadSize(); i++) {
            Ranked r = sorted.get(i);
            out.add(new Ranked(r.article(), r.score(), "#" + (i + 1) + ": " + r.explanation()));
        }
        return out;
    }
}
