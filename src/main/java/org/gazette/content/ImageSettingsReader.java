package org.gazette.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.SiteSettings.ImageSettings;

/** Reads the {@code images:} mapping of site.yaml: the widths pictures are resized to, and the JPEG quality. */
final class ImageSettingsReader {
    private static final Set<String> KEYS = Set.of("widths", "quality");
    static final int MIN_WIDTH = 16;
    static final int MAX_WIDTH = 8192;

    private ImageSettingsReader() {
    }

    /** The settings, the defaults for missing keys; null (after reporting) when they are wrong. */
    static ImageSettings read(Fields site, Problems problems) {
        ImageSettings defaults = ImageSettings.DEFAULT;
        if (!site.has("images")) {
            return defaults;
        }
        Fields f = Fields.of(site.node("images"), KEYS, "images", problems);
        if (f == null) {
            return null;
        }
        int before = problems.size();
        List<Integer> widths = new ArrayList<>();
        for (Fields.Text w : f.texts("widths")) {
            try {
                int value = Integer.parseInt(w.value());
                if (value >= MIN_WIDTH && value <= MAX_WIDTH) {
                    widths.add(value);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(w.source(), "image width '" + w.value() + "' must be a whole number of pixels from "
                    + MIN_WIDTH + " to " + MAX_WIDTH, "write e.g. widths: [480, 800, 1200, 1600]");
        }
        if (f.has("widths") && widths.isEmpty() && problems.size() == before) {
            f.error("widths", "'widths' needs at least one width", "write e.g. widths: [480, 800, 1200, 1600]");
        }
        double quality = defaults.quality();
        String q = f.string("quality", false);
        if (q != null) {
            try {
                quality = Double.parseDouble(q);
            } catch (NumberFormatException e) {
                quality = -1;
            }
            if (!(quality >= 0.1 && quality <= 1.0)) {
                f.error("quality", "'quality' must be a number from 0.1 to 1.0, found '" + q + "'", "write e.g. quality: 0.82");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ImageSettings(widths.isEmpty() ? defaults.widths() : widths, quality);
    }
}
