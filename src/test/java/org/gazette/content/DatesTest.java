package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field-by-field fast path reads exactly what the general ISO parser reads, and nothing it refuses. */
class DatesTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void fastPathAgreesWithTheIsoParser() {
        for (String t : List.of("2023-10-12T07:50:00+02:00", "2024-06-30T22:15:00-05:30", "2024-02-29T00:00:00+00:00",
                "2024-02-29T23:59:59-00:00", "0001-01-01T00:00:00+18:00", "2023-02-29T10:00:00+01:00",
                "2023-13-01T10:00:00+01:00", "2023-10-12T24:00:00+01:00", "2023-10-12T07:60:00+01:00",
                "2023-10-12T07:50:60+01:00", "2023-10-12T07:50:00+19:00", "2023-10-12T07:50:00+01:75",
                "2023-10-12T07:50:00+1a:00", "2023-10-12 07:50:00+02:00", "2023-1x-12T07:50:00+02:00")) {
            OffsetDateTime expected;
            try {
                expected = OffsetDateTime.parse(t);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            OffsetDateTime fast = Dates.isoWithOffset(t);
            if (fast != null) {
                assertEquals(expected, fast, t);
            } else if (t.charAt(10) == 'T') {
                assertNull(expected, t + " is left to the general parser only when that refuses it too");
            }
        }
    }

    @Test
    void otherFormsStillParse() {
        assertEquals("2023-10-12T07:50+02:00[Europe/Oslo]", Dates.parse("2023-10-12 07:50", OSLO).toString());
        assertEquals("2023-10-12T00:00+02:00[Europe/Oslo]", Dates.parse("2023-10-12", OSLO).toString());
        assertEquals("2023-10-12T07:50+02:00[Europe/Oslo]", Dates.parse("2023-10-12T05:50:00Z", OSLO).toString());
        assertEquals("2023-10-12T07:50+02:00[Europe/Oslo]", Dates.parse(" 2023-10-12T07:50:00+02:00 ", OSLO).toString());
        assertNull(Dates.parse("2023-02-30T07:50:00+02:00", OSLO));
        assertNull(Dates.parse("yesterday", OSLO));
    }
}
