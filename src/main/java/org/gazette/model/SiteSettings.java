package org.gazette.model;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The newsroom's settings from {@code content/site.yaml}, with defaults applied.
 *
 * @param baseUrl  absolute URL of the site root, always ending with {@code /}
 * @param basePath the path part of {@code baseUrl} ({@code /} or e.g. {@code /news/})
 * @param feeds    how the RSS, Atom and JSON feeds are filled
 * @param analytics where readership data comes from, and the ranking parameters set in site.yaml
 * @param buildClock a pinned build clock (for demos and reproducible archives), or null for "now"
 * @param images   how pictures are resized at build time
 */
public record SiteSettings(
        String title,
        String description,
        String baseUrl,
        String basePath,
        String language,
        Locale locale,
        ZoneId timeZone,
        String dateFormat,
        String permalink,
        int pageSize,
        Publisher publisher,
        FeedSettings feeds,
        Analytics analytics,
        java.time.Instant buildClock,
        ImageSettings images) {

    /**
     * The {@code images:} mapping of {@code site.yaml}.
     *
     * @param widths  the widths (pixels, ascending, distinct) PNG and JPEG pictures are resized to; never upscaled
     * @param quality JPEG quality, 0.1–1.0
     */
    public record ImageSettings(java.util.List<Integer> widths, double quality) {
        public static final ImageSettings DEFAULT = new ImageSettings(java.util.List.of(480, 800, 1200, 1600), 0.82);

        public ImageSettings {
            widths = java.util.List.copyOf(new java.util.TreeSet<>(widths));
        }
    }

    /**
     * The {@code analytics:} mapping of {@code site.yaml}.
     *
     * @param sources  files or globs of access logs and page-view exports, relative to the newsroom folder
     * @param rankings ranking parameters by name, as written (validated), e.g. {@code mostReadWindow → 24h}
     */
    public record Analytics(java.util.List<String> sources, java.util.Map<String, String> rankings) {
        public static final Analytics NONE = new Analytics(java.util.List.of(), java.util.Map.of());

        public Analytics {
            sources = java.util.List.copyOf(sources);
            rankings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rankings));
        }
    }

    /**
     * The {@code feeds:} mapping of {@code site.yaml}.
     *
     * @param items       how many of the newest articles each feed holds
     * @param fullContent whether feed items carry the whole article body or only the summary
     */
    public record FeedSettings(int items, boolean fullContent) {
        public static final FeedSettings DEFAULT = new FeedSettings(20, false);
    }
}
