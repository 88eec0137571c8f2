package org.gazette.render;

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

    static String rewrite(String html, List<Image> media, ImagePlan images, SitePaths paths) {
        // Most bodies show no picture (an article's media are mostly its lead picture): one scan
        // for the tag, rather than one for each picture, each a loop of Java code under C1.
        if (media.isEmpty() || !html.contains("<img src=\"")) {
            return html;
        }
        String out = html;
        for (Image image : media) {
            ProcessedImage processed = images.get(image);
            if (processed == null) {
                continue;
            }
            String from = "<img src=\"" + escape(paths.url(image.outputPath())) + "\"";
            if (!out.contains(from)) {
                continue;
            }
            StringBuilder to = new StringBuilder("<img src=\"").append(escape(paths.url(processed.fallback().path()))).append('"');
            if (processed.resized()) {
                to.append(" srcset=\"");
                for (int i = 0; i < processed.widths().size(); i++) {
                    var r = processed.widths().get(i);
                    to.append(i == 0 ? "" : ", ").append(escape(paths.url(r.path()))).append(' ').append(r.width()).append('w');
                }
                to.append("\" sizes=\"").append(SIZES).append('"');
            }
            out = out.replace(from, to.toString());
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
