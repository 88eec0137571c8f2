package org.gazette.ranking;

/** Reads the {@code [30/Jun/2024:21:59:58 +0000]} time of a combined log line without a date library. */
final class LogTime {
    /** Returned for text that is not such a time. */
    static final long INVALID = Long.MIN_VALUE;

    private LogTime() {
    }

    /** Epoch seconds of the 26 bytes at {@code b[at]} ({@code dd/MMM/yyyy:HH:mm:ss +hhmm}), or {@link #INVALID}. */
    static long parse(byte[] b, int at, int to) {
        if (to - at < 26 || b[at + 2] != '/' || b[at + 6] != '/' || b[at + 11] != ':' || b[at + 14] != ':'
                || b[at + 17] != ':' || b[at + 20] != ' ') {
            return INVALID;
        }
        int day = digits(b, at, 2);
        int month = month(b[at + 3], b[at + 4], b[at + 5]);
        int year = digits(b, at + 7, 4);
        int hour = digits(b, at + 12, 2);
        int minute = digits(b, at + 15, 2);
        int second = digits(b, at + 18, 2);
        byte sign = b[at + 21];
        int oh = digits(b, at + 22, 2);
        int om = digits(b, at + 24, 2);
        if (day < 1 || month < 1 || year < 1970 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 60 || oh < 0 || om < 0 || oh > 18 || (sign != '+' && sign != '-')
                || day > daysInMonth(year, month)) {
            return INVALID;
        }
        long offset = (oh * 3600L + om * 60L) * (sign == '-' ? -1 : 1);
        return epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second - offset;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = y / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }

    private static int daysInMonth(int y, int m) {
        if (m == 2) {
            return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
        }
        return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    }

    private static int digits(byte[] b, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int month(byte a, byte b, byte c) {
        int key = (a << 16) | (b << 8) | c;
        switch (key) {
            case ('J' << 16) | ('a' << 8) | 'n': return 1;
            case ('F' << 16) | ('e' << 8) | 'b': return 2;
            case ('M' << 16) | ('a' << 8) | 'r': return 3;
            case ('A' << 16) | ('p' << 8) | 'r': return 4;
            case ('M' << 16) | ('a' << 8) | 'y': return 5;
            case ('J' << 16) | ('u' << 8) | 'n': return 6;
            case ('J' << 16) | ('u' << 8) | 'l': return 7;
            case ('A' << 16) | ('u' << 8) | 'g': return 8;
            case ('S' << 16) | ('e' << 8) | 'p': return 9;
            case ('O' << 16) | ('c' << 8) | 't': return 10;
            case ('N' << 16) | ('o' << 8) | 'v': return 11;
            case ('D' << 16) | ('e' << 8) | 'c': return 12;
            default: return -1;
        }
    }
}
