package org.gazette.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every JSON Feed of the basic fixture, read with Jackson and held to the JSON Feed 1.1 rules. */
class JsonFeedTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Builds.build(Newsrooms.basic(), out);
    }

    @Test
    void everyJsonFeedFollowsTheJsonFeedRules() throws IOException {
        for (String dir : FeedFiles.dirs(out)) {
            JsonNode feed = new ObjectMapper().readTree(out.resolve(dir + "feed.json").toFile());
            assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText(), dir);
            assertFalse(feed.path("title").asText().isBlank(), dir);
            assertEquals("https://example.org/news/" + dir, feed.path("home_page_url").asText());
            assertEquals("https://example.org/news/" + dir + "feed.json", feed.path("feed_url").asText());
            assertTrue(feed.path("items").isArray() && feed.path("items").size() > 0, dir);
            List<OffsetDateTime> dates = new ArrayList<>();
            for (JsonNode item : feed.path("items")) {
                String id = item.path("id").asText();
                assertFalse(id.isBlank(), dir + ": every item has an id");
                assertEquals(id, item.path("url").asText());
                assertTrue(item.has("content_html") || item.has("content_text"), id + " has content");
                dates.add(OffsetDateTime.parse(item.path("date_published").asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                for (JsonNode author : item.path("authors")) {
                    assertFalse(author.path("name").asText().isBlank(), id);
                    assertTrue(author.path("url").asText().startsWith("https://example.org/news/authors/"), id);
                }
            }
            List<OffsetDateTime> sorted = new ArrayList<>(dates);
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, dates, dir + " is newest first");
        }
    }

    @Test
    void itemsCarryDatesAuthorsAndTheHeroImageAsAnAttachment() throws IOException {
        JsonNode items = new ObjectMapper().readTree(out.resolve("feed.json").toFile()).path("items");
        assertEquals(6, items.size());
        JsonNode bridge = items.get(3);
        assertEquals(RssAndAtomFeedsTest.BRIDGE, bridge.path("id").asText());
        assertEquals("2023-10-13T01:30:00+02:00", bridge.path("date_published").asText());
        assertEquals("2023-10-13T10:15:00+02:00", bridge.path("date_modified").asText());
        assertEquals("Anna Berg", bridge.path("authors").get(0).path("name").asText());
        assertEquals("https://example.org/news/images/harbour-bridge.png", bridge.path("image").asText());
        JsonNode attachment = bridge.path("attachments").get(0);
        assertEquals("https://example.org/news/images/harbour-bridge.png", attachment.path("url").asText());
        assertEquals("image/png", attachment.path("mime_type").asText());
        assertEquals(Files.size(out.resolve("images/harbour-bridge.png")), attachment.path("size_in_bytes").asLong());
        assertEquals("The new cycling bridge across the inner harbour opened just after midnight.",
                bridge.path("content_text").asText(), "summary mode");
        assertEquals(List.of("Anna Berg", "Bo Nielsen"), List.of(items.get(1).path("authors").get(0).path("name").asText(),
                items.get(1).path("authors").get(1).path("name").asText()));
    }
}
