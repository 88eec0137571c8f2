package org.gazette.render.view;

/** A tag and its page. */
public record TagView(String slug, String name, String url, int articleCount) {
}
