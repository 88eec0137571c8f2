package org.gazette.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The lock a build holds on its output folder from staging the site to swapping it in, and {@code
 * gazette rank} while it updates the site in place: a second build into the same folder would otherwise
 * take the first one's staging folder for a killed build's leftover and delete it under it, and a rank
 * run would write into a site being replaced. The lock is the operating system's, on a file beside the
 * output ({@code .site.gazette-lock}), so it ends with its process however that ends: a killed build's
 * lock is gone, and the leftovers it staged are the next build's to remove.
 */
final class OutputLock implements AutoCloseable {
    /**
     * The lock files this JVM holds, by their real path (a linked parent folder or a case-insensitive
     * file system names one file two ways). Closing any channel of a file releases every lock this
     * process holds on it (POSIX), so a second run in this JVM must not open the file to try.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** Where the lock is taken: past the holder's process id, so that it stays readable where locks are mandatory (Windows). */
    private static final long REGION = 1 << 20;

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OutputLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** The end of a lock file's name, after {@link StagedSite#prefix}. */
    static final String SUFFIX = "lock";

    /** Whether {@code file} is the lock file of an output beside it (left once its output was removed). */
    static boolean isLockFile(Path file) {
        String name = file.getFileName().toString();
        String end = StagedSite.OWN + SUFFIX;
        return name.length() > end.length() + 1 && name.startsWith(".") && name.endsWith(end) && Files.isRegularFile(file);
    }

    /** The lock file of {@code out}: beside it, named after it. */
    static String fileName(Path out) {
        return StagedSite.prefix(out) + SUFFIX;
    }

    /**
     * Takes the lock of {@code out} (absolute and normalised, its parent folder made), or throws naming
     * the run that holds it. On a file system without locks (some network ones) the run goes on without.
     */
    static OutputLock take(Path out) throws IOException {
        Path key = out.getParent().toRealPath().resolve(fileName(out));
        if (!HELD.add(key)) {
            throw held(out, "in this process");
        }
        FileChannel channel = null;
        boolean taken = false;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                // HELD keeps this from happening; were it to, closing this channel would drop the holder's lock.
                channel = null;
                throw held(out, "in this process");
            } catch (IOException e) {
                taken = true;
                return new OutputLock(key, channel, null); // no locks here: as before there were any
            }
            if (lock == null) {
                String holder = holder(channel);
                throw held(out, holder == null ? null : "process " + holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            taken = true;
            return new OutputLock(key, channel, lock);
        } finally {
            if (!taken) {
                if (channel != null) {
                    channel.close();
                }
                HELD.remove(key);
            }
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

    /** Releases the lock, once: a second call must not forget a lock that a later run of this JVM holds. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            if (lock != null) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the lock ends with the channel, or at the latest with the process
        } finally {
            HELD.remove(key);
        }
    }
}
