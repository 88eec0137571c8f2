package org.gazette.render.view;

/** One entry of a pager: a page's number and URL, or a gap (number 0, url null) where pages are skipped. */
public record PagerItem(int number, String url) {
    static final PagerItem GAP = new PagerItem(0, null);
}
