package org.gazette.ranking;

/**
 * The fields of one nginx/Apache {@code combined} line, found by scanning bytes once:
 * {@code ip ident user [time] "METHOD target PROTOCOL" status bytes "referer" "user agent"}.
 * Fields are offsets into the caller's buffer, valid until the next {@link #parse}; the referer
 * is skipped, never read. One instance per worker thread.
 */
final class CombinedLine {
    int ipFrom;
    int ipTo;
    long epochSecond;
    boolean get;
    int targetFrom;
    int targetTo;
    int status;
    int uaFrom;
    int uaTo;

    /** Where the line goes on after its time, for {@link #parseRest}. */
    private int rest;

    /** Fills the fields from {@code b[from, to)}; returns null, or why the line is not a combined line. */
    String parse(byte[] b, int from, int to) {
        String why = parseTime(b, from, to);
        return why != null ? why : parseRest(b, to);
    }

    /**
     * The client address and the time only ({@link #ipFrom}, {@link #ipTo}, {@link #epochSecond}); null,
     * or why the line is not a combined line. A line whose time is of no use need not be read further.
     */
    String parseTime(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] != ' ') {
            i++;
        }
        if (i == from || i >= to) {
            return "no client address";
        }
        ipFrom = from;
        ipTo = i;
        while (i < to && b[i] != '[') {
            i++;
        }
        if (i >= to) {
            return "no [time]";
        }
        epochSecond = LogTime.parse(b, i + 1, to);
        if (epochSecond == LogTime.INVALID || i + 27 >= to || b[i + 27] != ']') {
            return "bad [time]";
        }
        rest = i + 28;
        return null;
    }

    /** The rest of the line whose time {@link #parseTime} read: null, or why it is not a combined line. */
    String parseRest(byte[] b, int to) {
        int i = rest;
        if (i + 1 >= to || b[i] != ' ' || b[i + 1] != '"') {
            return "no quoted request";
        }
        int reqFrom = i + 2;
        int reqTo = closingQuote(b, reqFrom, to);
        if (reqTo < 0) {
            return "unterminated request";
        }
        int sp1 = indexOf(b, reqFrom, reqTo, (byte) ' ');
        if (sp1 <= reqFrom) {
            get = false;
            targetFrom = targetTo = reqFrom; // "-" or junk: not a view, but a well-formed line
        } else {
            get = sp1 - reqFrom == 3 && b[reqFrom] == 'G' && b[reqFrom + 1] == 'E' && b[reqFrom + 2] == 'T';
            int sp2 = lastIndexOf(b, sp1 + 1, reqTo, (byte) ' ');
            targetFrom = sp1 + 1;
            targetTo = sp2 < 0 ? reqTo : sp2;
        }
        i = reqTo + 1;
        if (i + 4 >= to || b[i] != ' ') {
            return "no status";
        }
        status = 0;
        for (int k = i + 1; k < i + 4; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return "bad status";
            }
            status = status * 10 + d;
        }
        i += 4;
        if (i >= to || b[i] != ' ') {
            return "bad status";
        }
        i++;
        while (i < to && b[i] != ' ') { // bytes sent: digits or "-"
            i++;
        }
        if (i + 1 >= to || b[i + 1] != '"') {
            return "no referer and user agent (not a combined log line)";
        }
        int refTo = closingQuote(b, i + 2, to);
        if (refTo < 0 || refTo + 2 >= to || b[refTo + 1] != ' ' || b[refTo + 2] != '"') {
            return "no user agent (not a combined log line)";
        }
        uaFrom = refTo + 3;
        uaTo = closingQuote(b, uaFrom, to);
        if (uaTo < 0) {
            return "unterminated user agent";
        }
        return null;
    }

    /** Index of the closing quote from {@code i}, honouring backslash escapes; -1 if none. */
    private static int closingQuote(byte[] b, int i, int to) {
        while (i < to) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            i += c == '\\' ? 2 : 1;
        }
        return -1;
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, int from, int to, byte c) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
