package org.gazette.ranking;

/**
 * Readership sources could not be used at all: a missing file, an unknown CSV layout, or more
 * bad lines than the configured ratio allows. Messages name files and lines, never log content.
 */
public final class ReadershipException extends RuntimeException {

    public ReadershipException(String message) {
        super(message);
    }

    public ReadershipException(String message, Throwable cause) {
        super(message, cause);
    }
}
