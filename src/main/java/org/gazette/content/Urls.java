package org.gazette.content;

import java.util.Locale;

/** Which URLs an editor may put in a link field. */
final class Urls {
    private Urls() {
    }

    /** http(s), mailto, or a site-relative path; never javascript:, data: and the like. */
    static boolean isSafe(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:")) {
            return true;
        }
        return u.startsWith("/") && !u.startsWith("//");
    }
}
