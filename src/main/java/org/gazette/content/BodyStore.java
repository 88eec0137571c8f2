package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.io.Checksums;
import org.gazette.io.IoErrors;
import org.gazette.model.Body;

/**
 * Where a build keeps article bodies: {@link #inMemory()} on the heap, or {@link #onDisk()} in a
 * temporary file read back when a page needs a body. A million articles' bodies are gigabytes of
 * text; on disk they cost the heap a few bytes each and live in the operating system's file cache.
 * Thread-safe.
 */
public abstract sealed class BodyStore implements AutoCloseable permits BodyStore.Heap, BodyStore.Disk {
    /**
     * {@code body} as this store keeps it: on the heap, as its HTML; on disk, as bytes in the store's
     * file, or where they are already (a body from the article cache stays in the cache's file).
     *
     * @param utf8 the body's HTML as UTF-8 when the caller has it already (the article cache needs it
     *             too: encoded once), else null; a body that keeps its bytes ({@link Body#encoded()}) gives them.
     *             A body already on disk ({@link StoredBody}: the cache's) is kept there by a disk store.
     */
    abstract Body keep(Body body, byte[] utf8);

    /** Bodies stay on the heap; closing does nothing. */
    public static BodyStore inMemory() {
        return new Heap();
    }

    /** Bodies go to a temporary file, deleted on {@link #close()}; read after closing, a body fails. */
    public static BodyStore onDisk() {
        return onDisk(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #onDisk()}, in {@code dir}. */
    static BodyStore onDisk(Path dir) {
        removeLeftovers(dir);
        try {
            Path file = Files.createTempFile(dir, PREFIX + ProcessHandle.current().pid() + "-", ".bin");
            file.toFile().deleteOnExit();
            return new Disk(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for article bodies: " + IoErrors.reason(e), e);
        }
    }

    /** Body files are named {@code gazette-bodies-<pid>-<random>.bin}, after the process that made them. */
    private static final String PREFIX = "gazette-bodies-";

    /**
     * Deletes the body files of builds that were killed (an out-of-memory kill, {@code kill -9}: no
     * chance to delete their own), gigabytes each for a large newsroom: those whose process is gone.
     * A file another user owns, or one still open elsewhere, is left to its owner (on POSIX systems
     * an open file stays readable to its process when its name is deleted).
     */
    static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.bin")) {
            for (Path file : files) {
                String rest = file.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash > 0 && rest.substring(0, dash).chars().allMatch(c -> c >= '0' && c <= '9') && dash < 19
                        && ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).isEmpty()) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // not ours to delete
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: a build never fails for it.
        }
    }

    @Override
    public abstract void close();

    static final class Heap extends BodyStore {
        /** A body as its HTML: the same body, or one kept as bytes (the cache's) decoded once. */
        @Override
        Body keep(Body body, byte[] utf8) {
            if (body instanceof StoredBody && utf8 != null) {
                return Body.of(new String(utf8, StandardCharsets.UTF_8)); // the bytes at hand, not read back
            }
            return body instanceof Utf8Body || body instanceof StoredBody ? Body.of(body.html()) : body;
        }

        @Override
        public void close() {
        }
    }

    static final class Disk extends BodyStore {
        private final BodyFile file;
        private final AtomicLong end = new AtomicLong();
        /** Other files whose bodies this store hands out as they are (the article cache's), closed with it. */
        private final Set<BodyFile> others = ConcurrentHashMap.newKeySet();

        private Disk(Path path) throws IOException {
            this.file = new BodyFile(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE));
        }

        @Override
        Body keep(Body body, byte[] utf8) {
            if (body instanceof StoredBody stored) {
                // Already on disk (in the article cache, or in the entries this build added to it):
                // used where it is, not copied. Half a gigabyte for a build of 100,000 articles.
                if (stored.file() != file && others.add(stored.file())) {
                    stored.file().keep();
                }
                return stored;
            }
            byte[] bytes = utf8 != null ? utf8 : body.encoded();
            // Each writer reserves its own range, so threads append without a lock.
            long offset = end.getAndAdd(bytes.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (buffer.hasRemaining()) {
                    file.channel().write(buffer, offset + buffer.position());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write article bodies to " + file.path() + ": " + IoErrors.reason(e), e);
            }
            return new StoredBody(file, offset, bytes.length, Checksums.crcs(bytes, bytes.length));
        }

        Path file() {
            return file.path();
        }

        @Override
        public void close() {
            for (BodyFile other : others) {
                try {
                    other.close();
                } catch (IOException e) {
                    // read-only: nothing lost
                }
            }
            try {
                file.close();
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                // a temporary file; deleteOnExit is the second chance
            }
        }
    }
}
