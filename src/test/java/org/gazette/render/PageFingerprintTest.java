package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What tells one page's inputs from another's: every value a template can see, and nothing else. */
class PageFingerprintTest {
    record Headline(String text, int rank) {
    }

    record Caption(String text, int rank) {
    }

    record Unseen(Object value) {
    }

    @Test
    void equalValuesHaveEqualFingerprints() {
        assertEquals(PageFingerprint.of("a", 1, List.of(new Headline("x", 2)), true),
                PageFingerprint.of(new String("a"), 1, List.of(new Headline(new String("x"), 2)), true));
    }

    @Test
    void everyCharacterOfATextCounts() {
        String text = "Ministers met on Thursday for a day of talks on Arctic cooperation.";
        Set<PageFingerprint> seen = new HashSet<>();
        seen.add(PageFingerprint.of(text));
        for (int i = 0; i < text.length(); i++) {
            char[] c = text.toCharArray();
            c[i] ^= 1;
            seen.add(PageFingerprint.of(new String(c)));
            seen.add(PageFingerprint.of(text.substring(0, i))); // every shorter text, the empty one too
        }
        assertEquals(1 + 2 * text.length(), seen.size());
    }

    @Test
    void theShapeOfValuesCounts() {
        Set<PageFingerprint> seen = new HashSet<>(List.of(
                PageFingerprint.of("ab"), PageFingerprint.of("a", "b"), PageFingerprint.of(List.of("a", "b")),
                PageFingerprint.of(List.of(List.of("a"), "b")), PageFingerprint.of((Object) null), PageFingerprint.of(""),
                PageFingerprint.of(1), PageFingerprint.of("1"), PageFingerprint.of(1.0), PageFingerprint.of(true),
                PageFingerprint.of(false), PageFingerprint.of(new Headline("a", 1)), PageFingerprint.of(new Caption("a", 1)),
                PageFingerprint.of(Map.of("a", "b")), PageFingerprint.of(Map.of("b", "a")), PageFingerprint.of(new BigDecimal("1.0")),
                PageFingerprint.of(new BigDecimal("1.00"))));
        assertEquals(17, seen.size());
    }

    @Test
    void aMapCountsByKeyNotByOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("title", "Budget agreed");
        one.put("page", 2);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("page", 2);
        other.put("title", "Budget agreed");
        assertEquals(PageFingerprint.of(one), PageFingerprint.of(other));
        other.put("page", 3);
        assertNotEquals(PageFingerprint.of(one), PageFingerprint.of(other));
    }

    @Test
    void aDateCountsWithItsZone() {
        ZonedDateTime copenhagen = ZonedDateTime.of(2024, 7, 1, 2, 0, 0, 0, ZoneId.of("Europe/Copenhagen"));
        assertNotEquals(PageFingerprint.of(copenhagen), PageFingerprint.of(copenhagen.withZoneSameInstant(ZoneId.of("UTC"))));
        assertEquals(PageFingerprint.of(copenhagen), PageFingerprint.of(ZonedDateTime.parse(copenhagen.toString())));
    }

    @Test
    void aValueWhoseStateItCannotSeeHasNoFingerprint() {
        assertNull(PageFingerprint.of(new Object()));
        assertNull(PageFingerprint.of("a", List.of(new Unseen(Optional.of("b")))));
        assertNull(PageFingerprint.of(Map.of(1, "one")), "keys other than text have no order that is sure to hold");
        assertNotNull(PageFingerprint.of(new Unseen("b")));
    }

    @Test
    void aLongTextToldWithItsBytesCountsByThem() {
        String body = "<p>" + "The ministers discussed item 17 of the agenda. ".repeat(40) + "</p>";
        String edited = body.replace("item 17 ", "item 71 ");
        PageFingerprint.knownUtf8(body, body.getBytes(StandardCharsets.UTF_8));
        PageFingerprint first = PageFingerprint.of(Map.of("body", body));
        assertEquals(first, PageFingerprint.of(Map.of("body", body)), "the same again");
        PageFingerprint.knownUtf8(edited, edited.getBytes(StandardCharsets.UTF_8));
        PageFingerprint second = PageFingerprint.of(Map.of("body", edited));

        assertNotEquals(first, second, "one character apart, the same length");
    }
}
