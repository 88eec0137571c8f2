package org.gazette.output;

/**
 * Where the pages of a site go: a new site staged beside the published one ({@link StagedSite}, a
 * build), or the published site itself, updated in place ({@link SiteUpdate}, {@code gazette rank}).
 */
public interface PageOutput {
    /**
     * Leaves the published page at {@code path} in the site as it is, if it has {@code length} bytes whose
     * CRCs ({@link org.gazette.io.Checksums#crcs}) are {@code crcs}; true if so. Else the page is to be written.
     */
    boolean keep(String path, long length, long crcs, String origin);

    /** Writes the first {@code length} of {@code bytes} as the page at {@code path}; {@code origin} names it in errors. */
    void write(String path, byte[] bytes, int length, String origin);
}
