package org.gazette.render.view;

/**
 * A feed a page advertises in its {@code <head>}: {@code type} is the media type
 * ({@code application/rss+xml}, {@code application/atom+xml}, {@code application/feed+json}).
 */
public record FeedLinkView(String title, String type, String url) {
}
