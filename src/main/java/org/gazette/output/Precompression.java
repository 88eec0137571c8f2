package org.gazette.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

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

    /**
     * Adds a {@code .gz} beside every staged text file; run after everything else is staged. An
     * unchanged file's {@code .gz} is compressed again, and kept from the published site only if the
     * bytes are equal: the published one may come from another Java or zlib, whose bytes differ.
     */
    public static int addTo(StagedSite site) {
        int[] count = {0};
        ParallelWrites.forEach(site.paths().stream().filter(Precompression::isText).sorted().toList(), path -> {
            site.write(path + ".gz", gzip(site.read(path)), "precompressed /" + path);
            synchronized (count) {
                count[0]++;
            }
        });
        return count[0];
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
