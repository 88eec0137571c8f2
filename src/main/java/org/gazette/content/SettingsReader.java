package org.gazette.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.gazette.model.Image;
import org.gazette.model.Publisher;
import org.gazette.model.SiteSettings;
import org.gazette.ranking.RankingParameters;

/** Reads {@code content/site.yaml} into {@link SiteSettings}, applying the documented defaults. */
final class SettingsReader {
    static final String DEFAULT_DATE_FORMAT = "d MMMM yyyy, HH:mm z";
    static final String DEFAULT_PERMALINK = "/{section}/{yyyy}/{MM}/{dd}/{slug}/";
    private static final Set<String> KEYS = Set.of("title", "description", "baseUrl", "language", "locale",
            "timeZone", "dateFormat", "permalink", "pageSize", "publisher", "feeds", "analytics", "buildClock", "images",
            "markdown");  // markdown: read by MarkdownOptions
    private static final Set<String> ANALYTICS_KEYS = Set.of("sources", "rankings");
    private static final Set<String> PUBLISHER_KEYS = Set.of("name", "logo");
    private static final Set<String> FEED_KEYS = Set.of("items", "fullContent");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern PERMALINK = Pattern.compile("/([a-z0-9-]+/|\\{(section|yyyy|MM|dd|slug)}/)*");

    private SettingsReader() {
    }

    static SiteSettings read(YamlNode root, Path file, ImageFiles images, Problems problems) {
        int before = problems.size();
        Fields f = Fields.of(root, KEYS, "site.yaml", problems);
        if (f == null) {
            return null;
        }
        String title = f.string("title", true);
        String baseUrl = baseUrl(f, problems);
        String language = orDefault(f.string("language", false), "en");
        if (!LANGUAGE.matcher(language).matches()) {
            f.error("language", "language '" + language + "' is not a language code", "write e.g. language: en");
        }
        String localeTag = orDefault(f.string("locale", false), language);
        Locale locale = Locale.forLanguageTag(localeTag);
        if (!LANGUAGE.matcher(localeTag).matches() || locale.getLanguage().isEmpty()) {
            f.error("locale", "locale '" + localeTag + "' is not a language tag", "write e.g. locale: en-GB");
        }
        ZoneId zone = ZoneId.of("UTC");
        String zoneName = f.string("timeZone", false);
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                f.error("timeZone", "unknown time zone '" + zoneName + "'", "use an IANA name such as Europe/Copenhagen");
            }
        }
        String dateFormat = orDefault(f.string("dateFormat", false), DEFAULT_DATE_FORMAT);
        try {
            DateTimeFormatter.ofPattern(dateFormat, locale);
        } catch (IllegalArgumentException e) {
            f.error("dateFormat", "dateFormat '" + dateFormat + "' is not a valid pattern: " + e.getMessage(),
                    "see java.time.format.DateTimeFormatter, e.g. \"" + DEFAULT_DATE_FORMAT + "\"");
        }
        String permalink = orDefault(f.string("permalink", false), DEFAULT_PERMALINK);
        if (!PERMALINK.matcher(permalink).matches() || !permalink.contains("{slug}")) {
            f.error("permalink", "permalink '" + permalink + "' is not a valid pattern",
                    "start and end with /, include {slug}; placeholders: {section} {yyyy} {MM} {dd} {slug}");
        }
        Integer pageSize = f.integer("pageSize", 1, 500);
        Publisher publisher = publisher(f, title, file, images, problems);
        SiteSettings.FeedSettings feeds = feeds(f, problems);
        SiteSettings.Analytics analytics = analytics(f, problems);
        SiteSettings.ImageSettings imageSettings = ImageSettingsReader.read(f, problems);
        java.time.Instant buildClock = null;
        String clock = f.string("buildClock", false);
        if (clock != null) {
            java.time.ZonedDateTime parsed = Dates.parse(clock, zone);
            if (parsed == null) {
                f.error("buildClock", "'buildClock' is not a date-time: '" + clock + "'", Dates.HINT);
            } else {
                buildClock = parsed.toInstant();
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String basePath = URI.create(baseUrl).getRawPath();
        return new SiteSettings(title, f.string("description", false), baseUrl, basePath.isEmpty() ? "/" : basePath,
                language, locale, zone, dateFormat, permalink, pageSize == null ? 10 : pageSize, publisher,
                feeds, analytics, buildClock, imageSettings);
    }

    private static String baseUrl(Fields f, Problems problems) {
        String text = f.string("baseUrl", true);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return text.endsWith("/") ? text : text + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.error("baseUrl", "baseUrl '" + text + "' is not an absolute http(s) URL",
                "write the address readers use, e.g. baseUrl: \"https://news.example.org/\"");
        return null;
    }

    private static Publisher publisher(Fields f, String title, Path file, ImageFiles images, Problems problems) {
        if (!f.has("publisher")) {
            return new Publisher(title, null);
        }
        Fields p = Fields.of(f.node("publisher"), PUBLISHER_KEYS, "publisher", problems);
        if (p == null) {
            return null;
        }
        String name = orDefault(p.string("name", false), title);
        Image logo = null;
        String src = p.string("logo", false);
        if (src != null) {
            try {
                logo = images.resolve(src, file, name, null, null);
            } catch (ImageFiles.ImageException e) {
                p.error("logo", e.getMessage(), e.hint());
            }
        }
        return new Publisher(name, logo);
    }

    /** The {@code analytics:} mapping: readership sources and ranking parameters, each checked where written. */
    private static SiteSettings.Analytics analytics(Fields f, Problems problems) {
        if (!f.has("analytics")) {
            return SiteSettings.Analytics.NONE;
        }
        Fields a = Fields.of(f.node("analytics"), ANALYTICS_KEYS, "analytics", problems);
        if (a == null) {
            return SiteSettings.Analytics.NONE;
        }
        List<String> sources = new ArrayList<>();
        for (Fields.Text source : a.texts("sources")) {
            String s = source.value();
            if (s.startsWith("/") || s.contains("..") || s.contains("\\") || s.contains("**")) {
                problems.add(source.source(), "analytics source '" + s + "' must be a path inside the newsroom folder",
                        "write it relative to the newsroom folder, e.g. analytics/access.log*");
            } else {
                sources.add(s);
            }
        }
        Map<String, String> rankings = new TreeMap<>();
        if (a.has("rankings")) {
            Fields r = Fields.of(a.node("rankings"), RankingParameters.names(), "rankings", problems);
            if (r != null) {
                for (String name : RankingParameters.names()) {
                    String value = r.has(name) ? r.string(name, false) : null;
                    if (value == null) {
                        continue;
                    }
                    try {
                        RankingParameters.apply(Map.of(name, value));
                        rankings.put(name, value);
                    } catch (IllegalArgumentException e) {
                        r.error(name, e.getMessage(), "see the ranking parameters in the README");
                    }
                }
                try {
                    RankingParameters.apply(rankings);
                } catch (IllegalArgumentException e) {
                    a.error("rankings", "ranking parameters do not fit together: " + e.getMessage(), null);
                }
            }
        }
        return new SiteSettings.Analytics(sources, rankings);
    }

    /** The {@code feeds:} mapping; missing keys take the defaults of {@link SiteSettings.FeedSettings#DEFAULT}. */
    private static SiteSettings.FeedSettings feeds(Fields f, Problems problems) {
        SiteSettings.FeedSettings defaults = SiteSettings.FeedSettings.DEFAULT;
        if (!f.has("feeds")) {
            return defaults;
        }
        Fields feeds = Fields.of(f.node("feeds"), FEED_KEYS, "feeds", problems);
        if (feeds == null) {
            return null;
        }
        Integer items = feeds.integer("items", 1, 1000);
        Boolean full = feeds.bool("fullContent");
        return new SiteSettings.FeedSettings(items == null ? defaults.items() : items,
                full == null ? defaults.fullContent() : full);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
