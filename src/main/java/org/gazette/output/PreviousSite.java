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

    /**
     * Whether a file of a recycled staging folder, of attributes {@code staged}, is the very file published
     * at {@code path} (a hard link to it): then it stays, and holds the published bytes, as nothing
     * ever writes into a file in place.
     */
    boolean isPublished(String path, BasicFileAttributes staged) {
        if (!linking || !staged.isRegularFile() || staged.fileKey() == null) {
            return false;
        }
        try {
            return staged.fileKey().equals(Files.readAttributes(root.resolve(path).normalize(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts a hard link to the published file at {@code path} at {@code staged} if it has {@code size}
     * bytes and {@code same} holds for it; false (and nothing at {@code staged}) when the caller must write.
     */
    boolean reuse(String path, Path staged, long size, SameBytes same) throws IOException {
        if (recycled && Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
            // Left in a recycled staging folder as the published file itself (see isPublished): kept if
            // it holds the wanted bytes, else deleted for the caller to write.
            boolean equal;
            try {
                equal = Files.size(staged) == size && same.test(staged);
            } catch (IOException e) {
                equal = false;
            }
            if (!equal) {
                Files.delete(staged);
            }
            return equal;
        }
        if (!linking) {
            return false;
        }
        Path published = root.resolve(path).normalize();
        try {
            BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != size) {
                return false;
            }
        } catch (IOException e) {
            return false; // a new file, or one that cannot be read: write it
        }
        try {
            linker.link(staged, published);
        } catch (NoSuchFileException e) {
            return false; // removed since
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // No hard links here (another device, a file system without them): the same for every file.
            linking = false;
            return false;
        }
        // Compare through the new link, not the published name: that name may be renamed over meanwhile.
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
}
