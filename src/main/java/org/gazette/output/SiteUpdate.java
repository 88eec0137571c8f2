package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import org.gazette.io.AtomicFiles;
import org.gazette.io.IoErrors;

/**
 * Updates single files of a published site in place, each atomically (a temporary file beside
 * it, then a rename), and only when its bytes change, so unchanged files keep their times and
 * caches. Only a folder that Gazette built can be updated.
 */
public final class SiteUpdate implements AutoCloseable {
    private final Path site;
    private final OutputLock lock;
    private final ConcurrentSkipListSet<String> changed = new ConcurrentSkipListSet<>();

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
            write(path + ".gz", Precompression.gzip(bytes)); // first, so a plain file is never newer than its .gz
        }
        write(path, bytes);
    }

    private void write(String path, byte[] bytes) {
        Path file = site.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !file.startsWith(site) || file.equals(site)) {
            throw new OutputException("refusing to write outside the site folder: '" + path + "'");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
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
            changed.add(path);
        } catch (IOException e) {
            throw new OutputException("cannot update " + path + ": " + IoErrors.reason(e), e);
        }
    }

    /** The files that were rewritten, sorted. */
    public List<String> changed() {
        return List.copyOf(changed);
    }
}
