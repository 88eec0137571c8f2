package org.gazette.model;

/** A named URL, e.g. an author's profile link. */
public record Link(String name, String url) {
}
