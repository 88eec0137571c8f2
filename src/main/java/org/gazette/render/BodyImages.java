package org.gazette.render;

import java.util.ArrayList;
import java.util.List;
import org.gazette.images.ImagePlan;
import org.gazette.images.ProcessedImage;
import org.gazette.model.Image;

/**
 * Points the pictures of a rendered article body at their processed files: {@code src} becomes the
 * hashed file, and resized pictures get {@code srcset} and {@code sizes}. Only the exact
 * {@code <img src="…"} the Markdown renderer wrote for a known picture is touched.
 */
final class BodyImages {
    /** The text column of an article is at most about 42rem wide (65ch of body type). */
    static final String SIZES = "(min-width: 48rem) 42rem, 100vw";

    private BodyImages() {
    }

    /** One rewrite: the exact start of a picture's tag as Markdown wrote it, and what it becomes. */
    record Swap(String from, String to) {
    }

    /** The rewrites of an article's pictures (its {@code media}), whatever its body holds. */
    static List<Swap> swaps(List<Image> media, ImagePlan images, SitePaths paths) {
        List<Swap> swaps = new ArrayList<>();
        for (Image image : media) {
            ProcessedImage processed = images.get(image);
            if (processed == null) {
                continue;
            }
            String from = "<img src=\"" + escape(paths.url(image.outputPath())) + "\"";
            StringBuilder to = new StringBuilder("<img src=\"").append(escape(paths.url(processed.fallback().path()))).append('"');
            if (processed.resized()) {
                to.append(" srcset=\"");
                for (int i = 0; i < processed.widths().size(); i++) {
                    var r = processed.widths().get(i);
                    to.append(i == 0 ? "" : ", ").append(escape(paths.url(r.path()))).append(' ').append(r.width()).append('w');
                }
                to.append("\" sizes=\"").append(SIZES).append('"');
            }
            swaps.add(new Swap(from, to.toString()));
        }
        return swaps;
    }

    /** {@code html} with {@code swaps} made, in order. */
    static String apply(String html, List<Swap> swaps) {
        // Most bodies show no picture (an article's media are mostly its lead picture): one scan
        // for the tag, rather than one for each picture, each a loop of Java code under C1.
        if (swaps.isEmpty() || !html.contains("<img src=\"")) {
            return html;
        }
        String out = html;
        for (Swap swap : swaps) {
            if (out.contains(swap.from())) {
                out = out.replace(swap.from(), swap.to());
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
