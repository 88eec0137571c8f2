package org.gazette.render;

/** The output paths of the site's own pages, relative to the site root; a page is {@code <path>index.html}. */
final class PagePaths {
    static final String ARCHIVE = "archive/";
    static final String TAGS = "tags/";
    static final String AUTHORS = "authors/";
    static final String NOT_FOUND = "404.html";

    private PagePaths() {
    }

    static String tag(String slug) {
        return TAGS + slug + "/";
    }

    static String author(String id) {
        return AUTHORS + id + "/";
    }

    static String year(int year) {
        return ARCHIVE + year + "/";
    }

    static String month(int year, int month) {
        return ARCHIVE + year + "/" + String.format(java.util.Locale.ROOT, "%02d", month) + "/";
    }

    /** Page 1 is the listing itself, page n is {@code <listing>page/n/}. */
    static String page(String listing, int number) {
        return number == 1 ? listing : listing + "page/" + number + "/";
    }

    /** The file that holds a page. */
    static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
