package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Checksums;
import org.gazette.io.IoErrors;

/**
 * Updates single files of a published site in place, each atomically (a temporary file beside
 * it, then a rename), and only when its bytes change, so unchanged files keep their times and
 * caches. Only a folder that Gazette built can be updated.
 */
public final class SiteUpdate implements AutoCloseable, PageOutput {
    private final Path site;
    private final OutputLock lock;
    private final ConcurrentSkipListSet<String> changed = new ConcurrentSkipListSet<>();
    /** The text files whose .gz was written again: their length and CRCs, their .gz's ({@link GzipRecords}). */
    private final Map<String, long[]> gzipped = new ConcurrentHashMap<>();

    private SiteUpdate(Path site, OutputLock lock) {
        this.site = site;
        this.lock = lock;
    }

    /** Opens a site Gazette built for updates, holding its lock ({@link OutputLock}) until {@link #close}. */
    public static SiteUpdate open(Path site) {
        Path dir = site.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(OutputFolder.MARKER))) {
            throw new OutputException("there is no site built by Gazette in " + dir
                    + "\n    hint: run 'gazette build' first (or point --out at the site folder)");
        }
        try {
            return new SiteUpdate(dir, OutputLock.take(dir));
        } catch (IOException e) {
            throw new OutputException("cannot open " + dir + " for updates: " + IoErrors.reason(e), e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }

    /**
     * Writes {@code bytes} at {@code path} unless the file already holds exactly them; a precompressed
     * {@code .gz} beside it (a build with {@code --precompress}) is rewritten with it, so both stay in sync.
     */
    public void writeIfChanged(String path, byte[] bytes) {
        if (Precompression.isText(path) && Files.isRegularFile(site.resolve(path + ".gz").normalize())) {
            // Compressed only when the file changes: its .gz is kept in step with it, and recorded.
            if (!holdsAlready(path, bytes)) {
                byte[] gz = Precompression.gzip(bytes);
                write(path + ".gz", gz, true); // first, so a plain file is never newer than its .gz
                gzipped.put(path, new long[] {bytes.length, Checksums.crcs(bytes, bytes.length), gz.length,
                    Checksums.crcs(gz, gz.length)});
            }
        }
        write(path, bytes, true);
    }

    /**
     * Updates the site's record of its {@code .gz} files ({@link GzipRecords}) for those rewritten here, so
     * the next build keeps them rather than compressing them again; run once every file is written. A
     * site without such a record, or one made by another gzip, is left without.
     */
    public void writeGzipRecords() {
        if (gzipped.isEmpty()) {
            return;
        }
        byte[] records = GzipRecords.updated(GzipRecords.Published.read(site), gzipped);
        if (records != null) {
            write(GzipRecords.PATH, records, false);
        }
    }

    /** A page: as {@link #writeIfChanged}. */
    @Override
    public void write(String path, byte[] bytes, int length, String origin) {
        writeIfChanged(path, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
    }

    /** Whether the page at {@code path} has {@code length} bytes for which {@code same} holds: then it stays as it is. */
    @Override
    public boolean keep(String path, long length, Predicate<byte[]> same, String origin) {
        Path file = inside(path);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == length
                    && same.test(Files.readAllBytes(file));
        } catch (IOException e) {
            return false; // written, then: that says what is wrong with the file, if anything
        }
    }

    /**
     * Writes Gazette's own record of the site at {@code path} (such as {@code .gazette-pages}), as a file
     * is written, but not listed among the {@link #changed} files: readers never ask for it.
     */
    public void writeRecord(String path, byte[] bytes) {
        write(path, bytes, false);
    }

    private void write(String path, byte[] bytes, boolean listed) {
        Path file = inside(path);
        try {
            if (holds(file, bytes)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".gazette-tmp-" + ProcessHandle.current().pid()
                    + "-" + Thread.currentThread().getId());
            try {
                Files.write(temp, bytes);
                AtomicFiles.replace(temp, file);
            } finally {
                Files.deleteIfExists(temp); // a failed write or move must leave nothing in the live site
            }
            if (listed) {
                changed.add(path);
            }
        } catch (IOException e) {
            throw new OutputException("cannot update " + path + ": " + IoErrors.reason(e), e);
        }
    }

    private boolean holdsAlready(String path, byte[] bytes) {
        try {
            return holds(inside(path), bytes);
        } catch (IOException e) {
            return false; // written, then: that says what is wrong with the file, if anything
        }
    }

    /** Whether {@code file} holds exactly {@code bytes}. */
    private static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    /** The file at {@code path} in the site; refuses a path that leads out of it. */
    private Path inside(String path) {
        Path file = site.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !file.startsWith(site) || file.equals(site)) {
            throw new OutputException("refusing to write outside the site folder: '" + path + "'");
        }
        return file;
    }

    /** The files that were rewritten, sorted. */
    public List<String> changed() {
        return List.copyOf(changed);
    }
}
