package org.gazette.model;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The newsroom's settings from {@code content/site.yaml}, with defaults applied.
 *
 * @param baseUrl  absolute URL of the site root, always ending with {@code /}
 * @param basePath the path part of {@code baseUrl} ({@code /} or e.g. {@code /news/})
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
        Publisher publisher) {
}
