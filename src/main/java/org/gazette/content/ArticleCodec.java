package org.gazette.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Article;
import org.gazette.model.Correction;
import org.gazette.model.Image;
import org.gazette.model.Source;
import org.gazette.model.Tag;

/**
 * Writes an {@link Article} as compact binary and reads it back equal, for the article cache.
 * Image files are stored relative to the newsroom folder, so a moved newsroom keeps its cache.
 */
final class ArticleCodec {
    private ArticleCodec() {
    }

    /**
     * Writes everything but the body's bytes, ending with their length and CRCs: the cache stores the
     * bytes right after, where a rebuild's pages read them ({@link StoredBody}) without a copy.
     */
    static void write(Article a, int bodyLength, long bodyCrcs, Path root, DataOutputStream out) throws IOException {
        writeText(a.source().file(), out);
        out.writeInt(a.source().line());
        out.writeInt(a.source().column());
        writeText(a.title(), out);
        time(a.published(), out);
        time(a.updated(), out);
        strings(a.authorIds(), out);
        writeText(a.sectionId(), out);
        out.writeInt(a.tags().size());
        for (Tag t : a.tags()) {
            writeText(t.slug(), out);
            writeText(t.name(), out);
        }
        text(a.summary(), out);
        image(a.image(), root, out);
        writeText(a.slug(), out);
        out.writeBoolean(a.draft());
        writeText(a.path(), out);
        out.writeInt(a.media().size());
        for (Image i : a.media()) {
            image(i, root, out);
        }
        strings(a.aliases(), out);
        time(a.pinnedUntil(), out);
        out.writeBoolean(a.rankingExcluded());
        out.writeInt(a.corrections().size());
        for (Correction c : a.corrections()) {
            time(c.date(), out);
            writeText(c.text(), out);
        }
        out.writeInt(bodyLength);
        out.writeLong(bodyCrcs);
    }

    /**
     * What {@link #write} wrote, the body left where it is: {@code bodyAt} in {@code bodies}, right
     * after these bytes.
     */
    static Article read(DataInputStream in, Path root, BodyFile bodies, long bodyAt) throws IOException {
        Source source = new Source(longText(in), in.readInt(), in.readInt());
        String title = longText(in);
        ZonedDateTime published = time(in);
        ZonedDateTime updated = time(in);
        List<String> authors = strings(in);
        String section = longText(in);
        int tagCount = in.readInt();
        List<Tag> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(new Tag(longText(in), longText(in)));
        }
        String summary = text(in);
        Image image = image(in, root);
        String slug = longText(in);
        boolean draft = in.readBoolean();
        String path = longText(in);
        int mediaCount = in.readInt();
        List<Image> media = new ArrayList<>(mediaCount);
        for (int i = 0; i < mediaCount; i++) {
            media.add(image(in, root));
        }
        List<String> aliases = strings(in);
        ZonedDateTime pinned = time(in);
        boolean excluded = in.readBoolean();
        int correctionCount = in.readInt();
        List<Correction> corrections = new ArrayList<>(correctionCount);
        for (int i = 0; i < correctionCount; i++) {
            corrections.add(new Correction(time(in), longText(in)));
        }
        StoredBody body = new StoredBody(bodies, bodyAt, in.readInt(), in.readLong());
        return new Article(source, title, published, updated, authors, section, tags, summary, image, slug, draft, body,
                path, media, aliases, pinned, excluded, corrections);
    }

    /**
     * A time as its instant and zone: parsing its text back was a tenth of reading an article from
     * the cache. The instant and zone give the same offset again, so the time read is equal.
     */
    private static void time(ZonedDateTime t, DataOutputStream out) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
            writeText(t.getZone().getId(), out);
        }
    }

    private static ZonedDateTime time(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
        return ZonedDateTime.ofInstant(instant, ZoneId.of(longText(in)));
    }

    private static void text(String s, DataOutputStream out) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeText(s, out);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? longText(in) : null;
    }

    /**
     * Every string is written as length-prefixed UTF-8: writeUTF stops at 64 KB, and encodes char
     * by char (it was a quarter of the time spent caching an article).
     */
    private static void writeText(String s, DataOutputStream out) throws IOException {
        writeBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
    }

    /** Length, then the bytes: what {@link #longText} reads back. */
    private static void writeBytes(byte[] bytes, DataOutputStream out) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String longText(DataInputStream in) throws IOException {
        return new String(bytes(in), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What {@link #writeBytes} wrote. */
    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    private static void strings(List<String> list, DataOutputStream out) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeText(s, out);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(longText(in));
        }
        return out;
    }

    private static void image(Image i, Path root, DataOutputStream out) throws IOException {
        out.writeBoolean(i != null);
        if (i == null) {
            return;
        }
        writeText(root.relativize(i.file()).toString().replace('\\', '/'), out);
        writeText(i.outputPath(), out);
        text(i.alt(), out);
        text(i.credit(), out);
        text(i.caption(), out);
        out.writeInt(i.width());
        out.writeInt(i.height());
    }

    private static Image image(DataInputStream in, Path root) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Path file = root.resolve(longText(in)).normalize();
        return new Image(file, longText(in), text(in), text(in), text(in), in.readInt(), in.readInt());
    }
}
