package org.gazette.render.feed;

import java.time.OffsetDateTime;

/** One page in the sitemap: its absolute URL and its last real change (nullable: then no {@code lastmod}). */
public record SitemapEntry(String loc, OffsetDateTime lastmod) {
}
