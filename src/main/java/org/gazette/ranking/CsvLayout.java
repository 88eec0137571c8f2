package org.gazette.ranking;

import java.util.List;
import java.util.Locale;

/**
 * Which columns of a page-view CSV export hold what, recognised by the header: the Plausible
 * export ({@code date,hostname,page,visits,visitors,pageviews,...}: daily visitors per page) or
 * the simple {@code path,views[,visitors][,date|hour]}. Column indices are -1 when absent.
 */
record CsvLayout(String name, int path, int readers, int date, int hour) {

    static final String EXPECTED = "expected a Plausible export (date,hostname,page,visits,visitors,pageviews,...)"
            + " or path,views[,visitors][,date|hour]";

    /** The layout of a header row, or null when it is neither. */
    static CsvLayout of(List<String> header) {
        List<String> h = header.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        int date = h.indexOf("date");
        if (h.contains("page") && h.contains("visitors") && date >= 0) {
            return new CsvLayout("Plausible", h.indexOf("page"), h.indexOf("visitors"), date, -1);
        }
        if (h.contains("path") && h.contains("views")) {
            // Readers are visitors where the export has them; plain views are the best there is otherwise.
            int readers = h.contains("visitors") ? h.indexOf("visitors") : h.indexOf("views");
            return new CsvLayout("path,views", h.indexOf("path"), readers, date, h.indexOf("hour"));
        }
        return null;
    }

    /** How many columns a row needs. */
    int width() {
        return Math.max(Math.max(path, readers), Math.max(date, hour)) + 1;
    }
}
