package org.gazette.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything a build publishes, resolved and validated. {@code published} is newest first;
 * {@code scheduled} holds articles dated after the build clock, {@code drafts} those marked draft.
 */
public record Newsroom(
        SiteSettings site,
        Instant now,
        List<Section> sections,
        List<Author> authors,
        List<Article> published,
        List<Article> scheduled,
        List<Article> drafts) {

    public Newsroom {
        sections = List.copyOf(sections);
        authors = List.copyOf(authors);
        published = List.copyOf(published);
        scheduled = List.copyOf(scheduled);
        drafts = List.copyOf(drafts);
    }
}
