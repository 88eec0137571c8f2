package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in permalinks are padded as String.format pads them, which the expansion no longer calls. */
class PermalinksTest {
    @Test
    void zeroPaddingMatchesStringFormat() {
        for (int value : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000, 123456, -1, -5, -12, -2024}) {
            for (int width : new int[] {2, 4}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", value), Permalinks.zeroPadded(value, width),
                        value + " in " + width);
            }
        }
    }

    @Test
    void expandsEveryPart() {
        ZonedDateTime date = ZonedDateTime.of(2024, 7, 1, 0, 42, 0, 0, ZoneId.of("Europe/Oslo"));
        assertEquals("culture/2024/07/01/museum/", Permalinks.expand("/{section}/{yyyy}/{MM}/{dd}/{slug}/", "culture", date, "museum"));
    }
}
