package org.gazette.model;

import java.util.List;

/** A journalist: {@code id} is the file name of {@code content/authors/<id>.yaml}. */
public record Author(String id, String name, String bio, Image photo, List<Link> links) {
    public Author {
        links = List.copyOf(links);
    }
}
