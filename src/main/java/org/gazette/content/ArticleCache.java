package org.gazette.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.model.Article;

/**
 * Parsed articles kept between builds in {@code .gazette-cache/articles.bin}, keyed by a hash of
 * the article file (its path and bytes) and of everything else reading it depends on: the settings,
 * sections and authors files, the other files under {@code content/} (pictures: their size and
 * time), and Gazette's own code. Any change there misses the cache, so a hit is always what a
 * fresh read would give. Only valid articles are cached; a broken or unwritable cache is ignored
 * (it can only make a build slower, never different).
 */
final class ArticleCache {
    static final String FILE = ".gazette-cache/articles.bin";
    private static final int FORMAT = 3;

    /** Where an entry's bytes are: in the previous cache file or in this build's spill file. */
    private record Slot(boolean previous, long offset, int length) {
    }

    private final Path root;
    private final Path file;
    private final String context;
    private final Map<String, Slot> previous;
    private final Map<String, Slot> current = new ConcurrentHashMap<>();
    private FileChannel old;
    private FileChannel spill;
    private Path spillFile;
    private long spillEnd;

    private ArticleCache(Path root, String context, Map<String, Slot> previous, FileChannel old) {
        this.root = root;
        this.file = root.resolve(FILE);
        this.context = context;
        this.previous = previous;
        this.old = old;
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
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() == FORMAT && in.readUTF().equals(context)) {
                    int n = in.readInt();
                    long offset = 4 + 2 + context.getBytes(StandardCharsets.UTF_8).length + 4;
                    for (int i = 0; i < n; i++) {
                        String key = in.readUTF();
                        int length = in.readInt();
                        offset += 2 + key.length() + 4;
                        entries.put(key, new Slot(true, offset, length));
                        in.skipNBytes(length);
                        offset += length;
                    }
                    channel = FileChannel.open(file, StandardOpenOption.READ);
                }
            } catch (IOException | RuntimeException e) {
                entries.clear(); // a damaged cache is a cold cache
            }
        }
        return new ArticleCache(root, context, entries, channel);
    }

    /** The key of one article file's bytes. */
    String key(Path file, byte[] bytes) {
        MessageDigest digest = ContentFingerprint.sha256();
        digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The article cached under {@code key}, or null. */
    Article get(String key) {
        Slot slot = previous.get(key);
        if (slot == null || old == null) {
            return null;
        }
        try {
            Article article = ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(read(old, slot))), root);
            current.put(key, slot);
            return article;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** @param body {@code article.bodyHtml()} as UTF-8 (see {@link ArticleCodec#write}) */
    void put(String key, Article article, byte[] body) {
        // Sized for the body and the metadata around it, so the buffer is not grown and copied as it fills.
        Buffer bytes = new Buffer(body.length + 4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ArticleCodec.write(article, body, root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer value = bytes.view();
        int length = value.remaining();
        synchronized (this) {
            try {
                if (spill == null) {
                    Files.createDirectories(file.getParent());
                    spillFile = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
                    spill = FileChannel.open(spillFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.READ, StandardOpenOption.WRITE);
                }
                while (value.hasRemaining()) {
                    spill.write(value, spillEnd + value.position());
                }
                current.put(key, new Slot(false, spillEnd, length));
                spillEnd += length;
            } catch (IOException e) {
                // Not fatal: this article is read again next time.
            }
        }
    }

    /** An output buffer whose bytes can be written out without the copy {@code toByteArray()} makes. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        ByteBuffer view() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }

    /** Writes the entries of this build (and no stale ones) for the next one, and closes the files. */
    void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeUTF(context);
                out.writeInt(current.size());
                for (Map.Entry<String, Slot> e : current.entrySet()) {
                    Slot slot = e.getValue();
                    out.writeUTF(e.getKey());
                    out.writeInt(slot.length());
                    out.write(read(slot.previous() ? old : spill, slot));
                }
            }
            close();
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // Not fatal: the next build reads the articles again.
        } finally {
            close();
        }
    }

    private synchronized void close() {
        try {
            if (old != null) {
                old.close();
                old = null;
            }
            if (spill != null) {
                spill.close();
                spill = null;
                Files.deleteIfExists(spillFile);
            }
        } catch (IOException e) {
            // nothing to keep
        }
    }

    private static byte[] read(FileChannel channel, Slot slot) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(slot.length());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, slot.offset() + buffer.position()) < 0) {
                throw new IOException("the article cache is cut short");
            }
        }
        return buffer.array();
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
            List<Path> files = new ArrayList<>(ContentFingerprint.regularFiles(content, content.resolve("articles")));
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
