package org.gazette.content;

import java.util.Locale;
import java.util.Set;

/**
 * Which link targets a page may carry. Browsers ignore tabs, newlines and other control
 * characters inside a scheme and its case, so those are removed before the scheme is read:
 * {@code java&#x09;script:} is {@code javascript:} to a browser, and refused here.
 */
final class SafeLinks {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private SafeLinks() {
    }

    /** True for http(s), mailto and scheme-less (relative, site or in-page) links. */
    static boolean isAllowed(String url) {
        String u = cleaned(url);
        int colon = u.indexOf(':');
        int end = firstOf(u, "/?#");
        if (colon < 0 || (end >= 0 && end < colon)) {
            return true;
        }
        return SCHEMES.contains(u.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /** {@code url} without what browsers ignore inside a scheme; the same String when it holds none (nearly every link). */
    private static String cleaned(String url) {
        StringBuilder cleaned = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean kept = c > ' ' && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c);
            if (!kept && cleaned == null) {
                cleaned = new StringBuilder(url.length()).append(url, 0, i);
            } else if (kept && cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? url : cleaned.toString();
    }

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
