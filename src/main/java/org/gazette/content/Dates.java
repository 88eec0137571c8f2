package org.gazette.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Parses the date forms an editor may write; a date without an offset is in the site time zone. */
final class Dates {
    static final String HINT = "write an ISO 8601 date-time such as 2023-10-12T07:50:00+02:00, "
            + "or 2023-10-12 07:50 for the site time zone";

    private Dates() {
    }

    /** The date-time, or null when the text is none of the accepted forms. */
    static ZonedDateTime parse(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T').replace("Z", "+00:00")).atZoneSameInstant(zone)
                    .withZoneSameInstant(zone);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
