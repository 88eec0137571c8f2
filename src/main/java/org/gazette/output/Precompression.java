package org.gazette.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.gazette.io.Checksums;

/**
 * Precompressed variants for static servers ({@code gzip_static}): a {@code .gz} beside every text
 * file, with deterministic bytes — gzip header with modification time 0 and no file name, level 9 —
 * so the same site gives the same files. No Brotli: there is no pure-Java Brotli encoder (see README).
 */
public final class Precompression {
    /** The extensions of the files that get a {@code .gz} variant. */
    public static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "txt", "svg");

    private Precompression() {
    }

    /** Whether {@code path} is a text file that gets a {@code .gz} variant. */
    public static boolean isText(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** What {@link #addTo} did: .gz files compressed, and kept from the published site as they were. */
    public record Result(int compressed, int unchanged) {
    }

    /**
     * Adds a {@code .gz} beside every staged text file; run after everything else is staged. The
     * published {@code .gz} of a file whose bytes it was compressed from is kept if the same gzip made it
     * ({@link GzipRecords}), and is checked to still be the recorded file; every other file is compressed
     * at level 9, which is most of the time of a build with {@code --precompress} that renders few pages.
     */
    public static Result addTo(StagedSite site) {
        List<String> paths = site.paths().stream().filter(Precompression::isText).sorted().toList();
        GzipRecords.Published published = site.canKeepPublishedFiles()
                ? GzipRecords.Published.read(site.publishedFolder()) : GzipRecords.Published.NONE;
        GzipRecords.Recorder recorder = new GzipRecords.Recorder(paths.size());
        LongAdder unchanged = new LongAdder();
        ParallelWrites.forEach(paths.size(), i -> {
            String path = paths.get(i);
            String origin = "precompressed /" + path;
            byte[] bytes = site.read(path);
            long crcs = Checksums.crcs(bytes, bytes.length);
            long[] gz = published.find(path, bytes.length, crcs);
            if (gz != null && site.keep(path + ".gz", gz[0], gz[1], null, origin)) {
                recorder.put(i, path, bytes.length, crcs, gz[0], gz[1]);
                unchanged.increment();
            } else {
                byte[] compressed = gzip(bytes);
                site.write(path + ".gz", compressed, origin);
                recorder.put(i, path, bytes.length, crcs, compressed.length, Checksums.crcs(compressed, compressed.length));
            }
        });
        site.write(GzipRecords.PATH, recorder.file(), "precompression records");
        return new Result(paths.size() - unchanged.intValue(), unchanged.intValue());
    }

    /**
     * Gzip at level 9 with a fixed header (Java's: mtime 0, no name; OS 255 since Java 16, 0 before): the
     * same input gives the same bytes with the same Java and zlib (Linux builds of Java use the system's).
     */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
