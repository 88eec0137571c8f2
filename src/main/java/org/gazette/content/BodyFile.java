package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.gazette.io.IoErrors;

/**
 * A file that article bodies are read from by offset: a build's body store, or the article cache
 * whose bodies a rebuild uses where they are. Thread-safe (positional reads).
 */
final class BodyFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    /** Set once a body store has taken this file over: it is then closed with the store, not before. */
    private volatile boolean kept;

    BodyFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    Path path() {
        return path;
    }

    FileChannel channel() {
        return channel;
    }

    byte[] read(long offset, int length) {
        try {
            return read(channel, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article bodies from " + path + ": " + IoErrors.reason(e), e);
        }
    }

    /** {@code length} bytes of {@code channel} from {@code offset}; fails if the file ends before. */
    static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("the file is cut short");
            }
        }
        return buffer.array();
    }

    /** Marks the file as a body store's to close; see {@link #closeUnlessKept()}. */
    void keep() {
        kept = true;
    }

    /** Closes the file unless a body store keeps it (its bodies are read until the build ends). */
    void closeUnlessKept() throws IOException {
        if (!kept) {
            channel.close();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
