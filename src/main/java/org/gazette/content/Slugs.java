package org.gazette.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lowercase ASCII letters, digits and single dashes. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Combining marks, left over once letters are decomposed ("é" → "e" + U+0301). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
    }

    /** "Vladimir Putin" → "vladimir-putin", "Ærø Færge" → "aero-faerge"; may return "" for symbols only. */
    public static String slugify(String text) {
        // Most tags and file names are ASCII already, which folding and decomposing leave as they are.
        String ascii = isAscii(text) ? text : fold(text);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') end--;
        return out.substring(0, Math.min(end, 200));
    }

    /** Letters spelled in ASCII where they can be: "Ærø" → "Aero". */
    private static String fold(String text) {
        String folded = text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss").replace("đ", "d").replace("ł", "l").replace("Ł", "L");
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
