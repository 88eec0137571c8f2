package org.gazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.gazette.content.ContentLoader;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingsTest {
    @TempDir
    Path dir;

    @Test
    void groupsThePublishedArticlesNewestFirstAsTheSiteListsThem() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        // A section and an author with nothing published yet, and a tag most articles spell in lower case.
        Files.writeString(root.resolve("content/sections.yaml"), Files.readString(root.resolve("content/sections.yaml"))
                + "- id: sport\n  name: Sport\n");
        Newsrooms.write(root, "content/authors/dan-holm.yaml", "name: \"Dan Holm\"\n");
        for (int day = 1; day <= 3; day++) {
            Newsrooms.write(root, "content/articles/2022/05/hall-" + day + ".md", "---\ntitle: \"Hall " + day
                    + "\"\ndate: 2022-05-0" + day + " 10:00\nauthor: anna-berg\nsection: politics\ntags: [city hall]\n---\nText.\n");
        }
        Newsroom newsroom = new ContentLoader().load(root, Newsrooms.NOW);
        Listings listings = Listings.of(newsroom);
        List<Article> published = newsroom.published();

        assertEquals(List.of("world", "politics", "culture", "sport"), List.copyOf(listings.bySection().keySet()));
        for (Section s : newsroom.sections()) {
            assertEquals(published.stream().filter(a -> a.sectionId().equals(s.id())).toList(), listings.ofSection(s.id()),
                    s.id());
        }
        assertTrue(listings.ofSection("sport").isEmpty());

        TreeSet<String> slugs = new TreeSet<>();
        published.forEach(a -> a.tags().forEach(t -> slugs.add(t.slug())));
        assertEquals(List.copyOf(slugs), List.copyOf(listings.byTag().keySet()), "every tag, by slug");
        for (String slug : slugs) {
            assertEquals(published.stream().filter(a -> a.tags().stream().anyMatch(t -> t.slug().equals(slug))).toList(),
                    listings.ofTag(slug), slug);
        }
        assertTrue(listings.ofTag("no-such-tag").isEmpty());
        assertEquals("city hall", listings.tagNames().get("city-hall"), "three articles spell it so, two 'City Hall'");
        assertEquals("Budget", listings.tagNames().get("budget"));

        assertEquals(List.of("anna-berg", "bo-nielsen", "clara-moreau"), List.copyOf(listings.byAuthor().keySet()),
                "only authors with articles, by id");
        for (Author author : newsroom.authors()) {
            assertEquals(published.stream().filter(a -> a.authorIds().contains(author.id())).toList(),
                    listings.ofAuthor(author.id()), author.id());
        }
        assertTrue(listings.ofAuthor("dan-holm").isEmpty());

        assertThrows(UnsupportedOperationException.class, () -> listings.ofSection("world").clear());
        assertThrows(UnsupportedOperationException.class, () -> listings.byTag().clear());
    }
}
