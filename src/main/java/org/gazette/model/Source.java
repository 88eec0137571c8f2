package org.gazette.model;

/**
 * Where a value came from: a file (as the editor knows it, relative to the project) and a 1-based
 * line and column. Line or column 0 means "the whole file" or "the whole line".
 */
public record Source(String file, int line, int column) {

    public static Source file(String file) {
        return new Source(file, 0, 0);
    }

    /** {@code path:line:column}, dropping the parts that are unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
