package org.gazette.model;

/** A section of the newsroom (World, Politics, …), in navigation order. */
public record Section(String id, String name, String description) {
}
