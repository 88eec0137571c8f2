package org.gazette.output;

import java.nio.file.attribute.FileTime;

/**
 * Where the pages of a site go: a new site staged beside the published one ({@link StagedSite}, a
 * build), or the published site itself, updated in place ({@link SiteUpdate}, {@code gazette rank}).
 */
public interface PageOutput {
    /**
     * Leaves the published page at {@code path} in the site as it is, if it has {@code length} bytes whose
     * CRCs ({@link org.gazette.io.Checksums#crcs}) are {@code crcs}; true if so. Else the page is to be written.
     *
     * @param recorded when {@code length} and {@code crcs} were recorded, or null. A file of that length
     *                 last modified before then is taken to hold them without being read, as rsync's
     *                 quick check takes it: a change since, by hand or by any tool, gives the file a
     *                 later time, and the file is then read and checked. Only a file given back an
     *                 earlier time (as {@code touch -r} or restoring from a backup can) is not.
     */
    boolean keep(String path, long length, long crcs, FileTime recorded, String origin);

    /** Writes the first {@code length} of {@code bytes} as the page at {@code path}; {@code origin} names it in errors. */
    void write(String path, byte[] bytes, int length, String origin);
}
