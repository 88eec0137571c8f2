package org.gazette.build;

/** Told how far a long stage has come, e.g. to draw a progress line on a terminal. Thread-safe. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    void update(String stage, int done, int total);
}
