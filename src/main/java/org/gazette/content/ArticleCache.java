package org.gazette.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Checksums;
import org.gazette.model.Article;

/**
 * Parsed articles kept between builds in {@code .gazette-cache/articles.bin}, keyed by the article
 * file's path and the hash of its bytes, and valid for one hash of everything else reading it depends
 * on: the settings, sections and authors files, the other files under {@code content/} (pictures:
 * their size and time), and Gazette's own code. Any change there misses the cache, so a hit is
 * always what a fresh read would give. Only valid articles are cached; a broken or unwritable cache is ignored
 * (it can only make a build slower, never different).
 *
 * <p>An entry's body is read where the cache holds it ({@link StoredBody}), in the file opened or in
 * this build's new entries: a build's body store keeps those files open until the build ends, also
 * once the cache has been written anew (the old file's name is then gone, not its bytes), and never
 * writes the bodies again.
 */
final class ArticleCache {
    static final String FILE = ".gazette-cache/articles.bin";
    private static final int FORMAT = 8;
    /**
     * The file's last bytes: where the index starts, a CRC-32 of the index and that offset, and this
     * mark. A build that adds entries to the file in place writes them and a new index after the old
     * one; if it is stopped midway the file ends in something else than a trailer, and reads as empty.
     */
    private static final int TRAILER = 8 + 4 + 4;
    private static final int MARK = 0x47415a31; // "GAZ1"

    /**
     * Where an entry's bytes are: in the previous cache file or in this build's spill file. An entry is
     * the article ({@link ArticleCodec}), {@code metaLength} bytes, then its body's bytes.
     */
    private record Slot(boolean previous, long offset, int length, int metaLength) {
    }

    private final Path root;
    private final Path file;
    private final String context;
    private final Map<String, Slot> previous;
    private final Map<String, Slot> current = new ConcurrentHashMap<>();
    /** The cache file as opened; its bodies may be read until the build ends ({@link BodyStore}). */
    private BodyFile old;
    /** The opened file's size and trailer, which tell whether another build has changed it since. */
    private final long oldSize;
    private final byte[] oldTrailer;
    /** This build's new entries; their bodies may be read until the build ends, as the old file's. */
    private BodyFile spill;
    private Path spillFile;
    private long spillEnd;

    private ArticleCache(Path root, String context, Map<String, Slot> previous, BodyFile old, long oldSize, byte[] oldTrailer) {
        this.root = root;
        this.file = root.resolve(FILE);
        this.context = context;
        this.previous = previous;
        this.old = old;
        this.oldSize = oldSize;
        this.oldTrailer = oldTrailer;
    }

    /**
     * Opens the cache of a newsroom for articles read against the settings in {@code content}.
     * Only an index is held in memory; entries are read from disk when asked for, and new ones
     * are spilled to disk at once, so the cache never doubles a large newsroom's memory.
     *
     * @param besideArticles the files under {@code content/articles/} that are not articles (pictures):
     *                       the loader's walk of that folder has found them already
     */
    static ArticleCache open(Path root, Path content, List<Path> besideArticles) {
        String context = context(content, besideArticles);
        Map<String, Slot> entries = new HashMap<>();
        Path file = root.resolve(FILE);
        FileChannel channel = null;
        long size = -1;
        byte[] trailer = null;
        if (Files.isRegularFile(file)) {
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                size = channel.size();
                trailer = readIndex(channel, size, header(context).length, context, entries);
            } catch (IOException | RuntimeException e) {
                entries.clear(); // a damaged cache is a cold cache
            }
            if (entries.isEmpty() && channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // nothing to keep
                }
                channel = null;
            }
        }
        return new ArticleCache(root, context, entries, channel == null ? null : new BodyFile(file, channel),
                size, entries.isEmpty() ? null : trailer);
    }

    /**
     * The file's layout: this header, the entries' bytes, their index, and last the index's offset.
     * The index comes last so that a build that reads every article afresh can make its spill file,
     * entries already in place, the cache by adding the index, without copying a byte.
     */
    private static byte[] header(String context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the index of a cache file of {@code size} bytes made for {@code context} into {@code entries}
     * (nothing for another one) and returns its trailer.
     */
    private static byte[] readIndex(FileChannel channel, long size, int headerLength, String context, Map<String, Slot> entries)
            throws IOException {
        if (size < headerLength + 4 + TRAILER) {
            return null;
        }
        DataInputStream header = new DataInputStream(new ByteArrayInputStream(BodyFile.read(channel, 0, headerLength)));
        if (header.readInt() != FORMAT || !header.readUTF().equals(context)) {
            return null;
        }
        byte[] trailerBytes = BodyFile.read(channel, size - TRAILER, TRAILER);
        ByteBuffer trailer = ByteBuffer.wrap(trailerBytes);
        long indexAt = trailer.getLong();
        int crc = trailer.getInt();
        if (trailer.getInt() != MARK) {
            throw new IOException("the article cache does not end in its trailer");
        }
        if (indexAt < headerLength || indexAt > size - TRAILER - 4 || size - TRAILER - indexAt > Integer.MAX_VALUE - 8) {
            throw new IOException("the article cache's index is out of place");
        }
        byte[] indexBytes = BodyFile.read(channel, indexAt, (int) (size - TRAILER - indexAt));
        if (crc(indexBytes, indexAt) != crc) {
            throw new IOException("the article cache's index is damaged");
        }
        DataInputStream index = new DataInputStream(new ByteArrayInputStream(indexBytes));
        int n = index.readInt();
        for (int i = 0; i < n; i++) {
            String key = index.readUTF();
            long offset = index.readLong();
            int length = index.readInt();
            int metaLength = index.readInt();
            if (offset < headerLength || length < 0 || offset + length > indexAt || metaLength < 0 || metaLength > length) {
                throw new IOException("an entry of the article cache is out of place");
            }
            entries.put(key, new Slot(true, offset, length, metaLength));
        }
        return trailerBytes;
    }

    private static int crc(byte[] index, long at) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(index);
        crc.update(ByteBuffer.allocate(8).putLong(0, at));
        return (int) crc.getValue();
    }

    /** How many articles the cache had when opened. */
    int size() {
        return previous.size();
    }

    /** The key of one article file: its path and the hash of its bytes ({@link ContentFingerprint#hash(byte[])}). */
    String key(Path file, byte[] hash) {
        return root.relativize(file).toString().replace('\\', '/') + '\0' + HexFormat.of().formatHex(hash);
    }

    /**
     * The article cached under {@code key}, or null. Its body stays in the cache file: read when a page
     * needs it, and not at all for a page kept from the last build.
     */
    Article get(String key) {
        Slot slot = previous.get(key);
        if (slot == null || old == null) {
            return null;
        }
        try {
            byte[] meta = BodyFile.read(old.channel(), slot.offset(), slot.metaLength());
            Article article = ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(meta)), root, old,
                    slot.offset() + slot.metaLength());
            if (slot.metaLength() + article.body().checksum().length() != slot.length()) {
                throw new IOException("an entry of the article cache does not add up");
            }
            current.put(key, slot);
            return article;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Caches an article read afresh.
     *
     * @param body {@code article.bodyHtml()} as UTF-8 (see {@link ArticleCodec#write})
     * @return the body where the cache wrote it, for the build's body store to use rather than write
     *         again; null if it could not be written
     */
    StoredBody put(String key, Article article, byte[] body) {
        // One buffer per thread, written out before this returns: a new one per article was a
        // fifteenth of what loading 100,000 articles allocated.
        Buffer bytes = BUFFERS.get();
        bytes.reset();
        int metaLength;
        long crcs = Checksums.crcs(body, body.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ArticleCodec.write(article, body.length, crcs, root, out);
            metaLength = out.size();
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer value = bytes.view();
        int length = value.remaining();
        if (bytes.capacity() > KEPT_BUFFER) {
            BUFFERS.remove(); // a rare large article: its buffer is not kept for the rest
        }
        synchronized (this) {
            try {
                if (spill == null) {
                    Files.createDirectories(file.getParent());
                    spillFile = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
                    spill = new BodyFile(spillFile, FileChannel.open(spillFile, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE));
                    spillEnd = writeAll(spill.channel(), ByteBuffer.wrap(header(context)), 0);
                }
                long at = spillEnd;
                spillEnd = writeAll(spill.channel(), value, at);
                current.put(key, new Slot(false, at, length, metaLength));
                return new StoredBody(spill, at + metaLength, body.length, crcs);
            } catch (IOException e) {
                return null; // not fatal: this article is read again next time
            }
        }
    }

    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(() -> new Buffer(64 * 1024));
    private static final int KEPT_BUFFER = 1 << 20;

    /** An output buffer whose bytes can be written out without the copy {@code toByteArray()} makes. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        ByteBuffer view() {
            return ByteBuffer.wrap(buf, 0, count);
        }

        int capacity() {
            return buf.length;
        }
    }

    /**
     * Leaves the entries of this build (and no stale ones) for the next one, and closes the files.
     * A cache whose every entry was used, and nothing added, is left as it is. One of only new entries
     * is the spill file with its index added. One that keeps most of the file's bytes in use gets the
     * new entries and a new index added at its end ({@link #append}): an edit in a newsroom of 100,000
     * articles adds its entry and an index of about 100 bytes an article (some 10 MB) rather than
     * copying 640 MB. Any other is written anew, its entries copied
     * by the operating system in runs of neighbouring entries, which also drops the bytes no entry uses.
     */
    void save() {
        try {
            if (spill == null && current.size() == previous.size()) {
                return;
            }
            boolean onlyNew = current.values().stream().noneMatch(Slot::previous);
            if (!onlyNew && append()) {
                return;
            }
            Path made;
            FileChannel out;
            Map<String, Slot> kept;
            long end;
            if (onlyNew && spill != null) {
                made = spillFile;
                out = spill.channel();
                kept = current;
                end = spillEnd;
            } else {
                made = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                Files.createDirectories(file.getParent());
                out = FileChannel.open(made, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                kept = new HashMap<>();
                end = copyEntries(out, kept);
            }
            try {
                writeAll(out, ByteBuffer.wrap(index(kept, end)), end);
            } finally {
                if (spill != null && out == spill.channel()) {
                    spill.closeUnlessKept(); // it becomes the cache file, its bodies still read through it
                    spill = null;
                } else {
                    out.close();
                }
            }
            close();
            AtomicFiles.replace(made, file);
        } catch (IOException | RuntimeException e) {
            // Not fatal: the next build reads the articles again.
        } finally {
            close();
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid()));
                if (spillFile != null) {
                    Files.deleteIfExists(spillFile);
                }
            } catch (IOException e) {
                // nothing to keep
            }
        }
    }

    /**
     * Adds this build's new entries and an index of every entry it used to the end of the file it
     * opened, if that keeps at least half the file's bytes in use and no other build has changed the
     * file since (a lock keeps two builds from adding at once); false if it did not. The bytes already
     * there are never written, so this build's body store and other builds read them on.
     */
    private boolean append() throws IOException {
        if (old == null || oldTrailer == null) {
            return false;
        }
        int headerLength = header(context).length;
        long added = spill == null ? 0 : spillEnd - headerLength;
        long used = current.values().stream().mapToLong(Slot::length).sum();
        if (2 * used < oldSize + added) {
            return false; // mostly stale entries: written anew, without them
        }
        // Read through the channel locked: closing any other channel of the file would drop the lock (POSIX).
        // The lock is on a byte far past any cache's end, so that where locks are mandatory (Windows)
        // other builds still read the bodies in the file meanwhile.
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = out.lock(1L << 62, 1, false)) {
            // The file as this build read it: not one another build has written anew or added to since.
            if (out.size() != oldSize || !java.util.Arrays.equals(BodyFile.read(out, oldSize - TRAILER, TRAILER), oldTrailer)) {
                return false;
            }
            Map<String, Slot> kept = new HashMap<>();
            long shift = oldSize - headerLength;
            for (Map.Entry<String, Slot> e : current.entrySet()) {
                Slot slot = e.getValue();
                kept.put(e.getKey(), slot.previous() ? slot : new Slot(true, slot.offset() + shift, slot.length(), slot.metaLength()));
            }
            if (added > 0) {
                // This build's spill file holds exactly its new entries, after its header.
                out.position(oldSize);
                copy(spill.channel(), headerLength, spillEnd, out);
            }
            writeAll(out, ByteBuffer.wrap(index(kept, oldSize + added)), oldSize + added);
            return true;
        }
    }

    /** Writes the header and this build's entries to {@code out}, recording where each went; returns the end. */
    private long copyEntries(FileChannel out, Map<String, Slot> kept) throws IOException {
        long end = writeAll(out, ByteBuffer.wrap(header(context)), 0);
        out.position(end); // where transferTo writes
        List<Map.Entry<String, Slot>> entries = new ArrayList<>(current.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, Slot> e) -> !e.getValue().previous())
                .thenComparingLong(e -> e.getValue().offset()));
        int i = 0;
        while (i < entries.size()) {
            Slot first = entries.get(i).getValue();
            long runEnd = first.offset();
            int j = i;
            while (j < entries.size() && entries.get(j).getValue().previous() == first.previous()
                    && entries.get(j).getValue().offset() == runEnd) {
                Slot slot = entries.get(j).getValue();
                kept.put(entries.get(j).getKey(),
                        new Slot(false, end + slot.offset() - first.offset(), slot.length(), slot.metaLength()));
                runEnd += slot.length();
                j++;
            }
            copy(first.previous() ? old.channel() : spill.channel(), first.offset(), runEnd, out);
            end += runEnd - first.offset();
            i = j;
        }
        return end;
    }

    /** Copies bytes {@code from} to {@code to} of {@code in} to {@code out} at its position, by the operating system. */
    private static void copy(FileChannel in, long from, long to, FileChannel out) throws IOException {
        for (long at = from; at < to; ) {
            long n = in.transferTo(at, to - at, out);
            if (n <= 0) {
                throw new IOException("the article cache is cut short");
            }
            at += n;
        }
    }

    /** The index of {@code entries}, then the trailer: the offset it starts at, its CRC, the mark. */
    private static byte[] index(Map<String, Slot> entries, long at) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + entries.size() * 80);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entries.size());
            // In key order: the same entries make the same index.
            for (Map.Entry<String, Slot> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().offset());
                out.writeInt(e.getValue().length());
                out.writeInt(e.getValue().metaLength());
            }
            int crc = crc(bytes.toByteArray(), at);
            out.writeLong(at);
            out.writeInt(crc);
            out.writeInt(MARK);
        }
        return bytes.toByteArray();
    }

    private static long writeAll(FileChannel channel, ByteBuffer bytes, long at) throws IOException {
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        return at;
    }

    private synchronized void close() {
        try {
            if (old != null) {
                old.closeUnlessKept();
                old = null;
            }
            if (spill != null) {
                spill.closeUnlessKept();
                spill = null;
                Files.deleteIfExists(spillFile); // its name only, if a body store reads it still
            }
        } catch (IOException e) {
            // nothing to keep
        }
    }

    /** A hash of what every article is read against, Gazette's code included. */
    private static String context(Path content, List<Path> besideArticles) {
        MessageDigest digest = ContentFingerprint.sha256();
        digest.update(("format " + FORMAT).getBytes(StandardCharsets.UTF_8));
        try {
            for (String name : List.of("site.yaml", "sections.yaml")) {
                Path f = content.resolve(name);
                if (Files.isRegularFile(f)) {
                    digest.update(Files.readAllBytes(f));
                }
            }
            // Every file but the articles, in one order: a large newsroom's articles are not walked again.
            List<Path> files = new ArrayList<>(ContentFingerprint.regularFiles(content, content.resolve("articles")::equals));
            files.addAll(besideArticles);
            files.sort(null);
            for (Path f : files) {
                String rel = content.relativize(f).toString().replace('\\', '/');
                digest.update(rel.getBytes(StandardCharsets.UTF_8));
                if (rel.startsWith("authors/")) {
                    digest.update(Files.readAllBytes(f));
                } else {
                    digest.update((Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis())
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            ContentFingerprint.codeVersion(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
