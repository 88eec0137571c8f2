package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The published site a build is about to replace. A staged file whose bytes equal the published
 * file at the same path becomes a hard link to it, so after the swap it is the same file with its
 * old modification time, and nothing was written (rsync and CDNs see no change).
 *
 * <p>Linking is safe because nothing ever writes into a file in place: the staging folder creates
 * each file once, and {@link SiteUpdate} replaces files by renaming a new one over them.
 */
final class PreviousSite {
    /** Makes a hard link; a seam so tests can play a file system without hard links. */
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    /** Whether a staged file (reached through its new link) holds the wanted bytes. */
    interface SameBytes {
        boolean test(Path staged) throws IOException;
    }

    private final Path root;
    private final Linker linker;
    private volatile boolean linking;
    /** Whether the staging folder is a recycled site, whose files may already be the published ones. */
    private final boolean recycled;

    PreviousSite(Path root, Linker linker, boolean recycled) {
        this.root = root;
        this.linker = linker;
        this.recycled = recycled;
        // Only a site Gazette wrote: the output folder check refuses anything else, but be sure.
        this.linking = Files.isRegularFile(root.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether files may be kept from it: a site Gazette wrote, on a file system with hard links (so far). */
    boolean available() {
        return linking;
    }

    /** Whether the staging folder is the site an earlier build replaced, taken up again ({@link StagedSite#open}). */
    boolean recycled() {
        return recycled;
    }

    /**
     * Puts a hard link to the published file at {@code path} at {@code staged} if it has {@code size}
     * bytes and {@code same} holds for it; false (and nothing at {@code staged}) when the caller must write.
     * In a recycled staging folder the entry at {@code staged} may be the published file itself (a hard
     * link to it from the build before): it stays if {@code same} holds, as nothing ever writes into a
     * file in place; anything else there (an older version, a folder where a file now goes) is deleted.
     */
    boolean reuse(String path, Path staged, long size, SameBytes same) throws IOException {
        BasicFileAttributes there = recycled ? attributes(staged) : null;
        if (there != null && there.isDirectory()) {
            StagedSite.deleteTree(staged);
            there = null;
        }
        Path file = root.resolve(path).normalize();
        BasicFileAttributes published = linking ? attributes(file) : null;
        boolean usable = published != null && published.isRegularFile() && published.size() == size;
        boolean inPlace = usable && there != null && there.fileKey() != null && there.fileKey().equals(published.fileKey());
        if (there != null && !inPlace) {
            Files.delete(staged);
        }
        if (!usable) {
            return false; // a new file, or one that cannot be read: write it
        }
        if (!inPlace) {
            try {
                linker.link(staged, file);
            } catch (NoSuchFileException e) {
                return false; // removed since
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // No hard links here (another device, a file system without them): the same for every file.
                linking = false;
                return false;
            }
        }
        // Compare through the staged link, not the published name: that name may be renamed over meanwhile.
        boolean equal;
        try {
            equal = same.test(staged);
        } catch (IOException e) {
            equal = false;
        }
        if (!equal) {
            Files.delete(staged);
            return false;
        }
        return true;
    }

    /** The attributes of {@code file}, not following a link; null if there is nothing, or nothing readable. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
