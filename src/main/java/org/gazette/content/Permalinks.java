package org.gazette.content;

import java.time.ZonedDateTime;

/** Expands the site's permalink pattern; the date parts are the publish date in the site time zone. */
final class Permalinks {
    private Permalinks() {
    }

    /** The article's path relative to the site root, e.g. {@code world/2023/10/12/slug/}. */
    static String expand(String pattern, String section, ZonedDateTime published, String slug) {
        String path = pattern
                .replace("{section}", section)
                .replace("{yyyy}", zeroPadded(published.getYear(), 4))
                .replace("{MM}", zeroPadded(published.getMonthValue(), 2))
                .replace("{dd}", zeroPadded(published.getDayOfMonth(), 2))
                .replace("{slug}", slug);
        return path.substring(1);
    }

    /**
     * As {@code String.format(Locale.ROOT, "%0<width>d", value)}, which profiling showed costing more
     * than the rest of the expansion (it runs for every article).
     */
    static String zeroPadded(int value, int width) {
        if (value < 0) { // a year before year 1; the sign counts in the width, as in String.format
            return "-" + zeroPadded(-value, width - 1);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
