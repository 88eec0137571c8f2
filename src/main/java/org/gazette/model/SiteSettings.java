package org.gazette.model;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The newsroom's settings from {@code content/site.yaml}, with defaults applied.
 *
 * @param baseUrl  absolute URL of the site root, always ending with {@code /}
 * @param basePath the path part of {@code baseUrl} ({@code /} or e.g. {@code /news/})
 * @param feeds    how the RSS, Atom and JSON feeds are filled
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
        FeedSettings feeds) {

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
