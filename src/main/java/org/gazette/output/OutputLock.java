package org.gazette.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a build holds on its output folder from staging the site to swapping it in, and {@code
 * gazette rank} while it updates the site in place: a second build into the same folder would otherwise
 * take the first one's staging folder for a killed build's leftover and delete it under it, and a rank
 * run would write into a site being replaced. The lock is the operating system's, on a file beside the output
 * ({@code .site.gazette-lock}), so it ends with its process however that ends: a killed build's lock
 * is gone, and the leftovers it staged are the next build's to remove.
 */
final class OutputLock implements AutoCloseable {
    /**
     * The outputs this JVM holds. Closing any channel of a file releases every lock this process holds
     * on it (POSIX), so a second build in this JVM must not even open the file to try.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** Where the lock is taken: past the holder's process id, so that it stays readable where locks are mandatory (Windows). */
    private static final long REGION = 1 << 20;

    private final Path out;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path out, FileChannel channel, FileLock lock) {
        this.out = out;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code out} (absolute and normalised), or throws naming the build that holds it.
     * On a file system without locks (some network ones) the build goes on without.
     */
    static OutputLock take(Path out) throws IOException {
        Path file = out.resolveSibling("." + out.getFileName() + ".gazette-lock");
        if (!HELD.add(out)) {
            throw held(out, "in this process");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                return new OutputLock(out, channel, null); // no locks here: as before there were any
            }
            if (lock == null) {
                String holder = holder(channel);
                throw held(out, holder == null ? null : "process " + holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new OutputLock(out, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null && channel.isOpen()) {
                channel.close();
            }
            HELD.remove(out);
            throw e;
        }
    }

    private static OutputException held(Path out, String who) {
        return new OutputException("another Gazette build or rank" + (who == null ? "" : " (" + who + ")") + " is writing " + out
                + " right now: wait for it to end, or stop it");
    }

    /** The process id the holder wrote, or null when it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(32);
            channel.read(text, 0);
            String pid = new String(text.array(), 0, text.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("[0-9]{1,19}") ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the lock ends with the channel, or at the latest with the process
        } finally {
            HELD.remove(out);
        }
    }
}
