package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
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
    private GzipRecords.Published gzipRecords;

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
     * {@code .gz} beside it (a build with {@code --precompress}) is rewritten with it, so both stay in
     * sync, and is compressed again too when the file did not change but its {@code .gz} is not the one
     * recorded for these bytes ({@link GzipRecords}: an update stopped between the two, a hand edit).
     */
    public void writeIfChanged(String path, byte[] bytes) {
        Path file = inside(path);
        boolean same = holds(file, bytes);
        if (Precompression.isText(path) && Files.isRegularFile(inside(path + ".gz"))) {
            long crcs = Checksums.crcs(bytes, bytes.length);
            if (!(same && gzInStep(path, bytes.length, crcs))) {
                byte[] gz = Precompression.gzip(bytes);
                write(path + ".gz", gz, true); // first, so a plain file is never newer than its .gz
                gzipped.put(path, new long[] {bytes.length, crcs, gz.length, Checksums.crcs(gz, gz.length)});
            }
        }
        if (!same) {
            replace(file, path, bytes, true);
        }
    }

    /** A page: as {@link #writeIfChanged}. */
    @Override
    public void write(String path, byte[] bytes, int length, String origin) {
        writeIfChanged(path, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
    }

    /**
     * Whether the page at {@code path} has {@code length} bytes whose CRCs are {@code crcs}, and its
     * {@code .gz}, if it has one, is the one recorded for them: then both stay as they are.
     */
    @Override
    public boolean keep(String path, long length, long crcs, FileTime recorded, String origin) {
        Path file = inside(path);
        try {
            return RecordedBytes.heldBy(file, length, crcs, recorded)
                    && (!Precompression.isText(path)
                    || !Files.exists(inside(path + ".gz"), LinkOption.NOFOLLOW_LINKS) || gzInStep(path, length, crcs));
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

    /**
     * Updates the site's record of its {@code .gz} files ({@link GzipRecords}) with those compressed here,
     * so the next build keeps them rather than compressing them again; run once every file is written.
     */
    public void writeGzipRecords() {
        if (!gzipped.isEmpty()) {
            write(GzipRecords.PATH, GzipRecords.updated(gzipRecords(), gzipped), false);
        }
    }

    /** Whether the {@code .gz} beside {@code path} is the one the site's records say was made from {@code bytes}. */
    private boolean gzInStep(String path, long length, long crcs) {
        long[] gz = gzipRecords().find(path, length, crcs);
        if (gz == null) {
            return false;
        }
        try {
            Path file = inside(path + ".gz");
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Checksums.fileHas(file, gz[0], gz[1]);
        } catch (IOException e) {
            return false;
        }
    }

    /** The site's {@code .gz} records as this update found them, read when first needed. */
    private synchronized GzipRecords.Published gzipRecords() {
        if (gzipRecords == null) {
            gzipRecords = GzipRecords.Published.read(site);
        }
        return gzipRecords;
    }

    private void write(String path, byte[] bytes, boolean listed) {
        Path file = inside(path);
        if (!holds(file, bytes)) {
            replace(file, path, bytes, listed);
        }
    }

    private void replace(Path file, String path, byte[] bytes, boolean listed) {
        try {
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

    /** Whether {@code file} holds exactly {@code bytes}; false if it cannot be read (writing it then says why). */
    private static boolean holds(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
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
