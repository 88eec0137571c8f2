package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.gazette.io.Checksums;

/**
 * Whether a published file still holds the bytes a site's records say it holds: the check behind
 * {@link PageOutput#keep}, for a build's staged site and for {@code gazette rank}'s update in place.
 */
final class RecordedBytes {
    private RecordedBytes() {
    }

    /**
     * Whether {@code file} is a regular file (never a link: its target may lie outside the site) of
     * {@code length} bytes whose {@link Checksums#crcs} are {@code crcs}. One {@code stat} settles it
     * when the file was last modified before {@code recorded} (rsync's quick check; null: never), where
     * reading every kept page read the whole site (3 GB at 100,000 articles); else the file is read.
     */
    static boolean heldBy(Path file, long length, long crcs, FileTime recorded) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.size() != length) {
            return false;
        }
        // Strictly before: a change in the same tick of the file system's clock as the records is read.
        return recorded != null && attributes.lastModifiedTime().compareTo(recorded) < 0
                || Checksums.fileHas(file, length, crcs);
    }
}
