package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.gazette.model.SiteSettings;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content/site.yaml}: defaults, and the exact error for each wrong setting. */
class SiteSettingsTest {
    private static final String S = "content/site.yaml";
    private static final String SITE = read();

    @TempDir
    Path dir;

    private static String read() {
        try {
            return Files.readString(Newsrooms.basic().resolve(S));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> errors(String siteYaml) {
        return Loading.errors(Loading.withFile(dir, S, siteYaml));
    }

    private SiteSettings settings(String siteYaml) {
        return Loading.load(Loading.withFile(dir, S, siteYaml)).site();
    }

    @Test
    void appliesTheDefaultsToAMinimalSite() {
        SiteSettings site = settings("title: X\nbaseUrl: https://example.org\n");
        assertEquals("https://example.org/", site.baseUrl());
        assertEquals("/", site.basePath());
        assertEquals("en", site.language());
        assertEquals(java.util.Locale.ENGLISH, site.locale());
        assertEquals(ZoneId.of("UTC"), site.timeZone());
        assertEquals("d MMMM yyyy, HH:mm z", site.dateFormat());
        assertEquals("/{section}/{yyyy}/{MM}/{dd}/{slug}/", site.permalink());
        assertEquals(10, site.pageSize());
        assertEquals(new org.gazette.model.Publisher("X", null), site.publisher());
    }

    @Test
    void usesAnotherPermalinkPattern() {
        Path root = Loading.withFile(dir, S, SITE + "permalink: /articles-by-year/{yyyy}/{slug}/\n");
        assertEquals("articles-by-year/2023/harbour-bridge-opens/", Loading.load(root).published().stream()
                .filter(a -> a.slug().equals("harbour-bridge-opens")).findFirst().orElseThrow().path());
    }

    @Test
    void rejectsSiteWithoutTitle() {
        assertEquals(List.of(S + ":1:1: missing required key 'title'\n    hint: add a line 'title: …'"),
                errors(SITE.replace("title: \"The Harbour Herald\"\n", "")));
    }

    @Test
    void rejectsSiteWithoutBaseUrl() {
        assertEquals(List.of(S + ":1:1: missing required key 'baseUrl'\n    hint: add a line 'baseUrl: …'"),
                errors(SITE.replace("baseUrl: \"https://example.org/news/\"\n", "")));
    }

    @Test
    void rejectsABaseUrlWithoutScheme() {
        assertEquals(List.of(S + ":3:10: baseUrl 'example.org/news' is not an absolute http(s) URL\n"
                        + "    hint: write the address readers use, e.g. baseUrl: \"https://news.example.org/\""),
                errors(SITE.replace("https://example.org/news/", "example.org/news")));
    }

    @Test
    void rejectsABaseUrlWithAnotherScheme() {
        assertEquals(List.of(S + ":3:10: baseUrl 'ftp://example.org/' is not an absolute http(s) URL\n"
                        + "    hint: write the address readers use, e.g. baseUrl: \"https://news.example.org/\""),
                errors(SITE.replace("https://example.org/news/", "ftp://example.org/")));
    }

    @Test
    void rejectsABaseUrlWithAQuery() {
        assertEquals(List.of(S + ":3:10: baseUrl 'https://example.org/news?x=1' is not an absolute http(s) URL\n"
                        + "    hint: write the address readers use, e.g. baseUrl: \"https://news.example.org/\""),
                errors(SITE.replace("https://example.org/news/", "https://example.org/news?x=1")));
    }

    @Test
    void addsTheMissingSlashToTheBaseUrl() {
        SiteSettings site = settings(SITE.replace("https://example.org/news/", "https://example.org/news"));
        assertEquals("https://example.org/news/", site.baseUrl());
        assertEquals("/news/", site.basePath());
    }

    @Test
    void rejectsAnUnknownTimeZone() {
        assertEquals(List.of(S + ":6:11: unknown time zone 'Europe/Kopenhagen'\n"
                        + "    hint: use an IANA name such as Europe/Copenhagen"),
                errors(SITE.replace("Europe/Copenhagen", "Europe/Kopenhagen")));
    }

    @Test
    void rejectsAPermalinkWithoutTrailingSlash() {
        assertEquals(List.of(S + ":11:12: permalink '/{section}/{slug}' is not a valid pattern\n"
                        + "    hint: start and end with /, include {slug}; placeholders: {section} {yyyy} {MM} {dd} {slug}"),
                errors(SITE + "permalink: /{section}/{slug}\n"));
    }

    @Test
    void rejectsAPermalinkWithoutSlug() {
        assertEquals(List.of(S + ":11:12: permalink '/{section}/{yyyy}/' is not a valid pattern\n"
                        + "    hint: start and end with /, include {slug}; placeholders: {section} {yyyy} {MM} {dd} {slug}"),
                errors(SITE + "permalink: /{section}/{yyyy}/\n"));
    }

    @Test
    void rejectsAnUnknownPermalinkPlaceholder() {
        assertEquals(List.of(S + ":11:12: permalink '/{year}/{slug}/' is not a valid pattern\n"
                        + "    hint: start and end with /, include {slug}; placeholders: {section} {yyyy} {MM} {dd} {slug}"),
                errors(SITE + "permalink: /{year}/{slug}/\n"));
    }

    @Test
    void rejectsADateFormatWithAReservedCharacter() {
        assertEquals(List.of(S + ":11:13: dateFormat 'd MMMM yyyy {x}' is not a valid pattern: Pattern includes reserved "
                        + "character: '{'\n    hint: see java.time.format.DateTimeFormatter, e.g. \"d MMMM yyyy, HH:mm z\""),
                errors(SITE + "dateFormat: \"d MMMM yyyy {x}\"\n"));
    }

    @Test
    void rejectsADateFormatWithAnUnknownLetter() {
        assertEquals(List.of(S + ":11:13: dateFormat 'bbb' is not a valid pattern: Unknown pattern letter: b\n"
                        + "    hint: see java.time.format.DateTimeFormatter, e.g. \"d MMMM yyyy, HH:mm z\""),
                errors(SITE + "dateFormat: \"bbb\"\n"));
    }

    @Test
    void rejectsPageSizeZero() {
        assertEquals(List.of(S + ":7:11: 'pageSize' must be a whole number from 1 to 500, found '0'"),
                errors(SITE.replace("pageSize: 2", "pageSize: 0")));
    }

    @Test
    void rejectsPageSizeAboveTheLimit() {
        assertEquals(List.of(S + ":7:11: 'pageSize' must be a whole number from 1 to 500, found '501'"),
                errors(SITE.replace("pageSize: 2", "pageSize: 501")));
    }

    @Test
    void rejectsPageSizeInWords() {
        assertEquals(List.of(S + ":7:11: 'pageSize' must be a whole number from 1 to 500, found 'ten'"),
                errors(SITE.replace("pageSize: 2", "pageSize: ten")));
    }

    @Test
    void rejectsAnUnknownKeySuggestingTheClosest() {
        List<String> errors = errors(SITE + "titel: x\n");
        assertEquals(1, errors.size());
        // The list of known keys grows with the settings, so only its start is fixed here.
        String error = errors.get(0);
        assertTrue(error.startsWith(S + ":11:1: unknown key 'titel' in site.yaml\n"
                + "    hint: did you mean 'title'? (known: analytics, baseUrl, buildClock, dateFormat, description, "), error);
        assertTrue(error.endsWith(", …)"), error);
    }

    @Test
    void rejectsALanguageName() {
        assertEquals(List.of(S + ":4:11: language 'English' is not a language code\n    hint: write e.g. language: en"),
                errors(SITE.replace("language: en", "language: English")));
    }

    @Test
    void rejectsALocaleWithAnUnderscore() {
        assertEquals(List.of(S + ":5:9: locale 'en_GB' is not a language tag\n    hint: write e.g. locale: en-GB"),
                errors(SITE.replace("locale: en-GB", "locale: en_GB")));
    }

    @Test
    void rejectsAMissingLogo() {
        assertEquals(List.of(S + ":10:9: image '/images/nologo.png' not found (looked for content/images/nologo.png)\n"
                        + "    hint: check the file name and folder; paths starting with / are read from content/"),
                errors(SITE.replace("/images/logo.png", "/images/nologo.png")));
    }

    @Test
    void rejectsAnEmptySiteFile() {
        assertEquals(List.of(S + ":1:1: site.yaml must be a mapping of 'key: value' lines, found nothing"), errors(""));
    }

    @Test
    void rejectsASiteFileThatIsAList() {
        assertEquals(List.of(S + ":1:1: site.yaml must be a mapping of 'key: value' lines, found a list"), errors("- a\n"));
    }

    @Test
    void reportsEverySettingProblemAtOnce() {
        assertEquals(List.of(
                S + ":1:1: missing required key 'title'\n    hint: add a line 'title: …'",
                S + ":1:10: baseUrl 'news' is not an absolute http(s) URL\n"
                        + "    hint: write the address readers use, e.g. baseUrl: \"https://news.example.org/\"",
                S + ":2:11: unknown time zone 'Mars/Olympus'\n    hint: use an IANA name such as Europe/Copenhagen",
                S + ":3:11: 'pageSize' must be a whole number from 1 to 500, found '-1'"),
                errors("baseUrl: news\ntimeZone: Mars/Olympus\npageSize: -1\n"));
    }

    @Test
    void reportsAMissingSiteFile() {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.delete(root, S);
        assertEquals(List.of(S + ": file not found\n    hint: every newsroom needs content/site.yaml"), Loading.errors(root));
    }

    @Test
    void reportsAFolderWithoutContent() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(empty.toAbsolutePath() + ": no content/ folder here\n"
                + "    hint: run Gazette in a newsroom folder, or point --source at one"), Loading.errors(empty));
    }
}
