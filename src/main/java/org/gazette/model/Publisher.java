package org.gazette.model;

/** The organisation that publishes the site; the logo is optional. */
public record Publisher(String name, Image logo) {
}
