package org.gazette.content;

import java.util.Locale;

/** Which URLs an editor may put in a link field. */
final class Urls {
    private Urls() {
    }

    /** http(s), mailto, or a site-relative path; never javascript:, data: and the like. */
    static boolean isSafe(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        // Browsers drop tabs and newlines inside URLs and read a backslash as a slash ("/\\evil" is "//evil").
        if (u.chars().anyMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        if (u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:")) {
            return true;
        }
        return u.startsWith("/") && !u.startsWith("//");
    }
}
