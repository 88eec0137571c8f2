package org.gazette.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Parses the date forms an editor may write; a date without an offset is in the site time zone. */
public final class Dates {
    static final String HINT = "write an ISO 8601 date-time such as 2023-10-12T07:50:00+02:00, "
            + "or 2023-10-12 07:50 for the site time zone";

    private Dates() {
    }

    /** The date-time, or null when the text is none of the accepted forms. */
    static ZonedDateTime parse(String text, ZoneId zone) {
        String t = text.strip();
        OffsetDateTime exact = isoWithOffset(t);
        if (exact != null) {
            return exact.atZoneSameInstant(zone);
        }
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

    /**
     * The common form {@code 2023-10-12T07:50:00+02:00} read field by field, or null for any other
     * text (which then takes the general parsers above, as do values out of range). The general
     * parser costs several times as much, and in a fresh JVM brings a lot of code to compile.
     */
    public static OffsetDateTime isoWithOffset(String t) {
        if (t.length() != 25 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || (t.charAt(19) != '+' && t.charAt(19) != '-') || t.charAt(22) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offsetHours = digits(t, 20, 2);
        int offsetMinutes = digits(t, 23, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        int sign = t.charAt(19) == '-' ? -1 : 1;
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0,
                    ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
        } catch (DateTimeException e) {
            return null; // out of range: the general parser decides (and reports)
        }
    }

    /** The decimal number in {@code t} at {@code from}, {@code count} ASCII digits long, or -1. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
