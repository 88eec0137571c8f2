package org.gazette.images;

import java.nio.file.Path;
import java.util.List;

/**
 * What a picture is published as: its widths (ascending; one entry, the hashed copy, for formats
 * that are not resized) and its crops — {@code social} (1200×630 for Open Graph and X) and the
 * 16:9, 4:3 and 1:1 crops schema.org asks for. Crops are null for formats that are not resized
 * (SVG, GIF, WebP, AVIF).
 *
 * @param file       the source file
 * @param hash       SHA-256 (hex) over the source bytes and the processing parameters; file names carry its
 *                   first 8 digits, the cache the whole
 * @param resized    whether the picture is decoded and resized (PNG and JPEG), or published as it is
 */
public record ProcessedImage(Path file, String hash, boolean resized, List<Rendition> widths, Rendition social,
                             Rendition wide, Rendition standard, Rendition square) {
    /** The width pages use for {@code src}: the largest up to {@value #FALLBACK_WIDTH} px. */
    public static final int FALLBACK_WIDTH = 1200;

    public ProcessedImage {
        widths = List.copyOf(widths);
    }

    public Rendition fallback() {
        Rendition pick = widths.get(0);
        for (Rendition r : widths) {
            if (r.width() <= FALLBACK_WIDTH) {
                pick = r;
            }
        }
        return pick;
    }

    /** Every file to publish. */
    public List<Rendition> renditions() {
        List<Rendition> all = new java.util.ArrayList<>(widths);
        for (Rendition crop : new Rendition[] {social, wide, standard, square}) {
            if (crop != null) {
                all.add(crop);
            }
        }
        return all;
    }
}
