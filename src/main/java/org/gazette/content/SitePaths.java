package org.gazette.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Checks and normalises site paths an editor writes (aliases), so none can leave the site. */
final class SitePaths {
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}._~!$&'()*+,;=:@%-]+");

    private SitePaths() {
    }

    /**
     * {@code /2023/old-url} → {@code 2023/old-url/}; {@code /old/page.html} stays a file. Returns
     * null for anything that is not a plain path on this site (a scheme, {@code ..}, a query, …).
     */
    static String normalise(String written) {
        String p = Normalizer.normalize(written.strip(), Normalizer.Form.NFC);
        if (!p.startsWith("/") || p.startsWith("//") || p.length() > 500) {
            return null;
        }
        String[] segments = p.substring(1).split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.isEmpty() && last) {
                break;
            }
            if (s.isEmpty() || s.equals(".") || s.equals("..") || !SEGMENT.matcher(s).matches()
                    || s.contains("%2f") || s.contains("%2F") || s.contains("%2e") || s.contains("%2E")) {
                return null;
            }
            out.append(s);
            if (!last || !s.contains(".")) {
                out.append('/');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
