package org.gazette.model;

/** A tag as written by an editor, and the URL-safe slug that identifies it. */
public record Tag(String slug, String name) {
}
