package org.gazette.render.view;

import java.util.List;

/** A journalist and their page; bio and photo may be null. */
public record AuthorView(String id, String name, String bio, String url, ImageView photo, List<LinkView> links,
                         int articleCount) {
    public AuthorView {
        links = List.copyOf(links);
    }
}
