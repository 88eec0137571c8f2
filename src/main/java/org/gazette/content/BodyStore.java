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
import java.util.concurrent.atomic.AtomicLong;
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
     * {@code body} as this store keeps it: on the heap, as its HTML; on disk, as bytes in the store's file.
     *
     * @param utf8 the body's HTML as UTF-8 when the caller has it already (the article cache needs it
     *             too: encoded once), else null; a body that keeps its bytes ({@link Body#encoded()}) gives them
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
        /** A body as its HTML: the same body, or a cached one's bytes decoded once. */
        @Override
        Body keep(Body body, byte[] utf8) {
            return body instanceof Utf8Body cached ? Body.of(cached.html()) : body;
        }

        @Override
        public void close() {
        }
    }

    static final class Disk extends BodyStore {
        private final Path file;
        private final FileChannel channel;
        private final AtomicLong end = new AtomicLong();

        private Disk(Path file) throws IOException {
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }

        @Override
        Body keep(Body body, byte[] utf8) {
            byte[] bytes = utf8 != null ? utf8 : body.encoded();
            // Each writer reserves its own range, so threads append without a lock.
            long offset = end.getAndAdd(bytes.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer, offset + buffer.position());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write article bodies to " + file + ": " + IoErrors.reason(e), e);
            }
            return new Stored(this, offset, bytes.length);
        }

        Path file() {
            return file;
        }

        byte[] read(long offset, int length) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position()) < 0) {
                        throw new IOException("the file is cut short");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read article bodies from " + file + ": " + IoErrors.reason(e), e);
            }
            return buffer.array();
        }

        @Override
        public void close() {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; deleteOnExit is the second chance
            }
        }
    }

    /** A body in a {@link Disk} store: where its UTF-8 bytes are. */
    record Stored(Disk store, long offset, int length) implements Body {
        @Override
        public String html() {
            return new String(utf8(), StandardCharsets.UTF_8);
        }

        @Override
        public byte[] utf8() {
            return store.read(offset, length);
        }
    }
}
