package org.gazette.ranking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/** The shared tie rules and formatting of both lists. */
final class Ordering {
    private Ordering() {
    }

    /** Higher score first, then the newer article, then path: a total order, so lists are deterministic. */
    static final Comparator<Ranked> BY_SCORE = Comparator.comparingDouble((Ranked r) -> -r.score())
            .thenComparing(r -> r.article().published(), Comparator.reverseOrder())
            .thenComparing(r -> r.article().path());

    /** Whether an article may be listed at all at {@code now}: not excluded, published, young enough. */
    static boolean listable(ArticleRef a, Instant now, java.time.Duration maxAge) {
        return !a.excluded() && !a.published().isAfter(now) && !a.published().isBefore(now.minus(maxAge));
    }

    static String age(ArticleRef a, Instant now) {
        long h = ChronoUnit.HOURS.between(a.published(), now);
        return h < 48 ? h + " h" : (h / 24) + " days";
    }

    static String num(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(java.util.Locale.ROOT, "%,.0f", v)
                : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}
