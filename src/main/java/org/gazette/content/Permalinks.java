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
                .replace("{yyyy}", String.format(java.util.Locale.ROOT, "%04d", published.getYear()))
                .replace("{MM}", String.format(java.util.Locale.ROOT, "%02d", published.getMonthValue()))
                .replace("{dd}", String.format(java.util.Locale.ROOT, "%02d", published.getDayOfMonth()))
                .replace("{slug}", slug);
        return path.substring(1);
    }
}
