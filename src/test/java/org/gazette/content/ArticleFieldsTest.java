package org.gazette.content;

import static org.gazette.content.Loading.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each front matter field of an article: accepted forms, and the exact error for each wrong one. */
class ArticleFieldsTest {
    private static final String P = "content/articles/2024/01/probe.md";

    @TempDir
    Path dir;

    private List<String> errors(String frontMatter) {
        return Loading.errors(Loading.withArticle(dir, frontMatter, "Body.\n"));
    }

    private Article read(String frontMatter) {
        return Loading.probe(Loading.load(Loading.withArticle(dir, frontMatter, "Body.\n")));
    }

    @Test
    void rejectsArticleWithoutTitle() {
        assertEquals(List.of(P + ":2:1: missing required key 'title'\n    hint: add a line 'title: …'"),
                errors(VALID.replace("title: Probe\n", "")));
    }

    @Test
    void rejectsArticleWithBlankTitle() {
        assertEquals(List.of(P + ":2:8: missing required key 'title'\n    hint: add a line 'title: …'"),
                errors(VALID.replace("title: Probe", "title: \"   \"")));
    }

    @Test
    void rejectsTitleThatIsAList() {
        assertEquals(List.of(P + ":2:8: 'title' must be text, found a list\n    hint: write it on one line, e.g. title: \"…\""),
                errors(VALID.replace("title: Probe", "title: [a, b]")));
    }

    @Test
    void keepsTheTitleNoAsText() {
        assertEquals("no", read(VALID.replace("title: Probe", "title: no")).title());
    }

    @Test
    void keepsLeadingZerosInATitle() {
        assertEquals("0123", read(VALID.replace("title: Probe", "title: 0123")).title());
    }

    @Test
    void rejectsArticleWithoutDate() {
        assertEquals(List.of(P + ":2:1: missing required key 'date'\n    hint: add a line 'date: …'"),
                errors(VALID.replace("date: 2024-01-10T10:00:00+01:00\n", "")));
    }

    @Test
    void rejectsUnparseableDate() {
        assertEquals(List.of(P + ":3:7: 'date' is not a date: '10/01/2024'\n    hint: write an ISO 8601 date-time such as "
                        + "2023-10-12T07:50:00+02:00, or 2023-10-12 07:50 for the site time zone"),
                errors(VALID.replace("2024-01-10T10:00:00+01:00", "10/01/2024")));
    }

    @Test
    void rejectsADayThatDoesNotExist() {
        assertEquals(List.of(P + ":3:7: 'date' is not a date: '2023-02-30'\n    hint: write an ISO 8601 date-time such as "
                        + "2023-10-12T07:50:00+02:00, or 2023-10-12 07:50 for the site time zone"),
                errors(VALID.replace("2024-01-10T10:00:00+01:00", "2023-02-30")));
    }

    @Test
    void readsADateWithOffsetInTheSiteTimeZone() {
        Article a = read(VALID.replace("2024-01-10T10:00:00+01:00", "2024-01-10T23:30:00-05:00"));
        assertEquals("2024-01-11T05:30+01:00[Europe/Copenhagen]", a.published().toString());
        assertEquals("world/2024/01/11/probe/", a.path());
    }

    @Test
    void readsAUtcDate() {
        assertEquals("2024-01-10T11:00+01:00[Europe/Copenhagen]",
                read(VALID.replace("2024-01-10T10:00:00+01:00", "2024-01-10T10:00:00Z")).published().toString());
    }

    @Test
    void readsALocalDateTimeInTheSiteTimeZone() {
        assertEquals("2024-01-10T10:00+01:00[Europe/Copenhagen]",
                read(VALID.replace("2024-01-10T10:00:00+01:00", "2024-01-10 10:00")).published().toString());
        assertEquals("2024-01-10T10:00+01:00[Europe/Copenhagen]",
                read(VALID.replace("2024-01-10T10:00:00+01:00", "2024-01-10T10:00")).published().toString());
    }

    @Test
    void readsADateOnlyAsMidnightInTheSiteTimeZone() {
        assertEquals("2024-01-10T00:00+01:00[Europe/Copenhagen]",
                read(VALID.replace("2024-01-10T10:00:00+01:00", "2024-01-10")).published().toString());
    }

    @Test
    void rejectsUpdatedBeforeDate() {
        assertEquals(List.of(P + ":6:10: 'updated' is before 'date'\n    hint: the update time must be at or after the publish time"),
                errors(VALID + "updated: 2024-01-09T10:00:00+01:00\n"));
    }

    @Test
    void acceptsUpdatedEqualToDate() {
        Article a = read(VALID + "updated: 2024-01-10T09:00:00Z\n");
        assertEquals(a.published().toInstant(), a.updated().toInstant());
    }

    @Test
    void rejectsUnparseableUpdated() {
        assertEquals(List.of(P + ":6:10: 'updated' is not a date: 'yesterday'\n    hint: write an ISO 8601 date-time such as "
                        + "2023-10-12T07:50:00+02:00, or 2023-10-12 07:50 for the site time zone"),
                errors(VALID + "updated: yesterday\n"));
    }

    @Test
    void rejectsArticleWithUnknownAuthor() {
        assertEquals(List.of(P + ":4:9: unknown author 'zorro'\n    hint: known: anna-berg, bo-nielsen, clara-moreau; "
                        + "authors are the files in content/authors/"),
                errors(VALID.replace("author: anna-berg", "author: zorro")));
    }

    @Test
    void suggestsTheClosestAuthorForATypo() {
        assertEquals(List.of(P + ":4:9: unknown author 'ana-berg'\n    hint: did you mean 'anna-berg'? (known: anna-berg, "
                        + "bo-nielsen, clara-moreau); authors are the files in content/authors/"),
                errors(VALID.replace("author: anna-berg", "author: ana-berg")));
    }

    @Test
    void rejectsBothAuthorAndAuthors() {
        assertEquals(List.of(P + ":6:10: both 'author' and 'authors' are given\n    hint: use 'authors: [a, b]' alone for several"),
                errors(VALID + "authors: [bo-nielsen]\n"));
    }

    @Test
    void readsAuthorsAsAList() {
        assertEquals(List.of("bo-nielsen", "anna-berg"),
                read(VALID.replace("author: anna-berg", "authors:\n  - bo-nielsen\n  - anna-berg")).authorIds());
    }

    @Test
    void rejectsAListUnderAuthor() {
        assertEquals(List.of(P + ":4:9: 'author' must be text, found a list\n    hint: write it on one line, e.g. author: \"…\""),
                errors(VALID.replace("author: anna-berg", "author: [anna-berg]")));
    }

    @Test
    void rejectsTextUnderAuthors() {
        assertEquals(List.of(P + ":4:10: 'authors' must be a list, found text 'anna-berg'\n"
                        + "    hint: write authors: [first, second] or one '- item' line per entry"),
                errors(VALID.replace("author: anna-berg", "authors: anna-berg")));
    }

    @Test
    void rejectsAnUnknownAuthorInAList() {
        List<String> errors = errors(VALID.replace("author: anna-berg", "authors:\n  - anna-berg\n  - zorro"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains(": unknown author 'zorro'\n"), errors.get(0));
    }

    @Test
    void pointsAtTheUnknownAuthorInAList() {
        assertEquals(List.of(P + ":6:5: unknown author 'zorro'\n    hint: known: anna-berg, bo-nielsen, clara-moreau; "
                        + "authors are the files in content/authors/"),
                errors(VALID.replace("author: anna-berg", "authors:\n  - anna-berg\n  - zorro")));
    }

    @Test
    void acceptsAnArticleWithoutAuthor() {
        assertEquals(List.of(), read(VALID.replace("author: anna-berg\n", "")).authorIds());
    }

    @Test
    void rejectsArticleWithUnknownSectionSuggestingTheClosest() {
        assertEquals(List.of(P + ":5:10: unknown section 'wrold'\n    hint: did you mean 'world'? (known: world, politics, culture)"),
                errors(VALID.replace("section: world", "section: wrold")));
    }

    @Test
    void rejectsArticleWithUnknownSectionListingTheKnownOnes() {
        assertEquals(List.of(P + ":5:10: unknown section 'sport'\n    hint: known: world, politics, culture"),
                errors(VALID.replace("section: world", "section: sport")));
    }

    @Test
    void rejectsArticleWithoutSection() {
        assertEquals(List.of(P + ":2:1: missing required key 'section'\n    hint: add a line 'section: …'"),
                errors(VALID.replace("section: world\n", "")));
    }

    @Test
    void rejectsTagsWrittenAsText() {
        assertEquals(List.of(P + ":6:7: 'tags' must be a list, found text 'Harbour, Cycling'\n"
                        + "    hint: write tags: [first, second] or one '- item' line per entry"),
                errors(VALID + "tags: Harbour, Cycling\n"));
    }

    @Test
    void normalisesTagsToSlugsAndMergesSpellings() {
        assertEquals(List.of(new Tag("c-programming", "C++ Programming"), new Tag("aero-faerge", "Ærø Færge"),
                        new Tag("city-hall", "City Hall")),
                read(VALID + "tags: [C++ Programming, c++ programming, \"Ærø Færge\", \" City Hall \", city-hall]\n").tags());
    }

    @Test
    void rejectsATagWithoutLettersOrDigitsPointingAtTheEntry() {
        assertEquals(List.of(P + ":6:8: tag '!!!' has no letters or digits\n    hint: tags must contain a letter or digit"),
                errors(VALID + "tags: [\"!!!\"]\n"));
    }

    @Test
    void rejectsTagEntriesThatAreNotText() {
        assertEquals(List.of(P + ":6:8: each entry of 'tags' must be text, found a list",
                        P + ":6:13: each entry of 'tags' must be text, found nothing"),
                errors(VALID + "tags: [[a], ~]\n"));
    }

    @Test
    void readsTheSummaryStripped() {
        assertEquals("Short.", read(VALID + "summary: \"  Short. \"\n").summary());
    }

    @Test
    void rejectsSummaryThatIsAMapping() {
        assertEquals(List.of(P + ":7:3: 'summary' must be text, found a mapping (key: value pairs)\n"
                        + "    hint: write it on one line, e.g. summary: \"…\""),
                errors(VALID + "summary:\n  text: x\n"));
    }

    @Test
    void rejectsAMissingImageFile() {
        assertEquals(List.of(P + ":7:8: image '/images/nope.png' not found (looked for content/images/nope.png)\n"
                        + "    hint: check the file name and folder; paths starting with / are read from content/"),
                errors(VALID + "image:\n  src: /images/nope.png\n  alt: A\n"));
    }

    @Test
    void rejectsAnImageOutsideTheContentFolder() {
        assertEquals(List.of(P + ":7:8: image '../../../../../etc/passwd.png' is outside the content folder\n"
                        + "    hint: keep pictures under content/, e.g. content/images/"),
                errors(VALID + "image:\n  src: ../../../../../etc/passwd.png\n  alt: A\n"));
    }

    @Test
    void refusesARemoteImage() {
        assertEquals(List.of(P + ":7:8: image 'https://cdn.example.org/a.png' is not a file in content/\n"
                        + "    hint: download the picture into content/images/ and write src: /images/<name>"),
                errors(VALID + "image:\n  src: https://cdn.example.org/a.png\n  alt: A\n"));
    }

    @Test
    void rejectsAnImageOfUnsupportedType() {
        assertEquals(List.of(P + ":7:8: image '/images/logo.txt' has an unsupported type '.txt'\n"
                        + "    hint: use a .png, .jpg, .gif, .webp, .avif or .svg file"),
                errors(VALID + "image:\n  src: /images/logo.txt\n  alt: A\n"));
    }

    @Test
    void rejectsAnImageWithoutAlt() {
        assertEquals(List.of(P + ":7:3: image has no 'alt' text\n"
                        + "    hint: add 'alt: …' describing the picture for readers who cannot see it"),
                errors(VALID + "image:\n  src: /images/logo.png\n"));
    }

    @Test
    void rejectsAnImageWithoutSrc() {
        assertEquals(List.of(P + ":7:3: missing required key 'src'\n    hint: add a line 'src: …'"),
                errors(VALID + "image:\n  alt: A\n"));
    }

    @Test
    void rejectsAnUnknownKeyInImage() {
        assertEquals(List.of(P + ":9:3: unknown key 'credits' in image\n"
                        + "    hint: did you mean 'credit'? (known: alt, caption, credit, src)"),
                errors(VALID + "image:\n  src: /images/logo.png\n  alt: A\n  credits: B\n"));
    }

    @Test
    void rejectsAnImageWrittenAsText() {
        assertEquals(List.of(P + ":6:8: image must be a mapping of 'key: value' lines, found text '/images/logo.png'"),
                errors(VALID + "image: /images/logo.png\n"));
    }

    @Test
    void resolvesARelativeImageFromTheArticleFolder() {
        Path root = Loading.withArticle(dir, VALID + "image:\n  src: ../../2023/10/festival-crowd.png\n  alt: Crowd\n", "x\n");
        assertEquals("articles/2023/10/festival-crowd.png", Loading.probe(Loading.load(root)).image().outputPath());
    }

    @Test
    void takesTheSlugFromTheFileName() {
        Path root = Loading.withArticle(dir, VALID, "x\n");
        org.gazette.testing.Newsrooms.write(root, "content/articles/2024/01/Ærø Færge: News!.md", "---\n" + VALID.replace(
                "2024-01-10T10:00:00+01:00", "2024-01-11T10:00:00+01:00") + "---\nx\n");
        assertEquals(List.of("world/2024/01/11/aero-faerge-news/"), Loading.load(root).published().stream()
                .filter(a -> a.source().file().endsWith("News!.md")).map(Article::path).toList());
    }

    @Test
    void rejectsAFileNameWithoutLettersOrDigits() {
        Path root = Loading.withArticle(dir, VALID, "x\n");
        org.gazette.testing.Newsrooms.write(root, "content/articles/2024/01/!!!.md", "---\n" + VALID + "---\nx\n");
        assertEquals(List.of("content/articles/2024/01/!!!.md:1:1: cannot make a URL slug from the file name\n"
                        + "    hint: rename the file with letters or digits, or add a 'slug:' line"),
                Loading.errors(root));
    }

    @Test
    void usesAnExplicitSlug() {
        Article a = read(VALID + "slug: my-story\n");
        assertEquals("my-story", a.slug());
        assertEquals("world/2024/01/10/my-story/", a.path());
    }

    @Test
    void rejectsAnExplicitSlugThatIsNotUrlSafe() {
        assertEquals(List.of(P + ":6:7: slug 'Bad Slug' is not URL-safe\n"
                        + "    hint: use lowercase letters, digits and dashes, e.g. 'bad-slug'"),
                errors(VALID + "slug: Bad Slug\n"));
    }

    @Test
    void readsDraftTrueAndFalse() {
        assertTrue(read(VALID + "draft: true\n").draft());
        assertFalse(read(VALID + "draft: false\n").draft());
        assertFalse(read(VALID).draft());
    }

    @Test
    void refusesDraftYes() {
        assertEquals(List.of(P + ":6:8: 'draft' must be true or false, found 'yes'\n    hint: write draft: true or draft: false"),
                errors(VALID + "draft: yes\n"));
    }

    @Test
    void refusesDraftCapitalisedTrue() {
        assertEquals(List.of(P + ":6:8: 'draft' must be true or false, found 'True'\n    hint: write draft: true or draft: false"),
                errors(VALID + "draft: True\n"));
    }

    @Test
    void rejectsAnUnknownKeySuggestingTheClosest() {
        assertEquals(List.of(P + ":6:1: unknown key 'summery' in front matter\n"
                        + "    hint: did you mean 'summary'? (known: aliases, author, authors, corrections, date, …)"),
                errors(VALID + "summery: x\n"));
    }

    @Test
    void rejectsAnUnknownKeyListingTheKnownOnes() {
        assertEquals(List.of(P + ":6:1: unknown key 'category' in front matter\n"
                        + "    hint: known: aliases, author, authors, corrections, date, …"),
                errors(VALID + "category: x\n"));
    }

    @Test
    void reportsEveryProblemOfOneArticle() {
        assertEquals(List.of(
                P + ":2:1: missing required key 'title'\n    hint: add a line 'title: …'",
                P + ":2:7: 'date' is not a date: 'soon'\n    hint: write an ISO 8601 date-time such as "
                        + "2023-10-12T07:50:00+02:00, or 2023-10-12 07:50 for the site time zone",
                P + ":3:9: unknown author 'zorro'\n    hint: known: anna-berg, bo-nielsen, clara-moreau; "
                        + "authors are the files in content/authors/",
                P + ":4:10: unknown section 'sport'\n    hint: known: world, politics, culture",
                P + ":5:8: 'draft' must be true or false, found 'no'\n    hint: write draft: true or draft: false"),
                errors("date: soon\nauthor: zorro\nsection: sport\ndraft: no\n"));
    }
}
