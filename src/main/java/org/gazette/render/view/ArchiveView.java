package org.gazette.render.view;

import java.util.List;

/** The archive's position (year and month null on the index) and the whole year/month tree. */
public record ArchiveView(Integer year, Integer month, List<YearView> years) {
    public ArchiveView {
        years = List.copyOf(years);
    }

    /** A year of the archive with its months, newest first. */
    public record YearView(int year, String url, int articleCount, List<MonthView> months) {
        public YearView {
            months = List.copyOf(months);
        }
    }

    /** A month of the archive; {@code name} is in the site's locale. */
    public record MonthView(int month, String name, String url, int articleCount) {
    }
}
