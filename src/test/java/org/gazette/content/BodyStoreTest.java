package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.gazette.model.Article;
import org.gazette.model.Body;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies kept on disk read back exactly as rendered, from any thread, and leave no file behind. */
class BodyStoreTest {
    @TempDir
    Path dir;

    @Test
    void aCachedBodysBytesAreStoredAsTheyAreAndHeldAsHtmlOnTheHeap() throws Exception {
        String html = "<p>\u201cQuoted\u201d \u2014 caf\u00e9 \uD83D\uDCF0</p>\n";
        byte[] utf8 = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (BodyStore store = BodyStore.onDisk(dir)) {
            Body kept = store.keep(new Utf8Body(utf8.clone()), null);
            assertInstanceOf(StoredBody.class, kept);
            assertEquals(html, kept.html());
            assertEquals(new Body.Checksum(utf8.length, org.gazette.io.Checksums.crcs(utf8, utf8.length)), kept.checksum(),
                    "the checksum a page's fingerprint takes instead of the bytes");
            // A byte that is no UTF-8 would come back as the three bytes of U+FFFD had it been decoded
            // and encoded again on its way in: one byte stored shows it was not.
            Body probe = store.keep(new Utf8Body(new byte[] {(byte) 0xFF}), null);
            assertEquals(1, ((StoredBody) probe).length(), "the bytes as they are, not decoded and encoded again");
        }
        Body onHeap = BodyStore.inMemory().keep(new Utf8Body(utf8.clone()), null);
        assertEquals(Body.of(html), onHeap, "equal to the same article read afresh");
    }

    @Test
    void removesTheBodyFilesOfKilledBuildsAndOnlyThose() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path killed = Files.writeString(dir.resolve("gazette-bodies-" + ended.pid() + "-123.bin"), "bodies");
        Path running = Files.writeString(dir.resolve("gazette-bodies-" + ProcessHandle.current().pid() + "-456.bin"), "bodies");
        Path older = Files.writeString(dir.resolve("gazette-bodies-789.bin"), "an earlier Gazette's name");
        Path other = Files.writeString(dir.resolve("notes-123-456.bin"), "not a body file");
        try (BodyStore store = BodyStore.onDisk(dir)) {
            assertFalse(Files.exists(killed), "the killed build's file is gone");
            for (Path kept : List.of(running, older, other)) {
                assertTrue(Files.exists(kept), kept.toString());
            }
            List<Path> own;
            try (java.util.stream.Stream<Path> list = Files.list(dir)) {
                own = list.filter(p -> p.getFileName().toString().startsWith("gazette-bodies-" + ProcessHandle.current().pid() + "-")
                        && !p.equals(running)).toList();
            }
            assertEquals(1, own.size(), "the store's own file, named after this process");
        }
    }

    @Test
    void aNewsroomLoadedWithBodiesOnDiskReadsBackTheSameHtml() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom inMemory = new ContentLoader().load(root, Newsrooms.NOW);
        try (BodyStore store = BodyStore.onDisk()) {
            Newsroom onDisk = new ContentLoader().load(root, Newsrooms.NOW, store);
            assertEquals(inMemory.published().size(), onDisk.published().size());
            for (int i = 0; i < onDisk.published().size(); i++) {
                Article a = onDisk.published().get(i);
                assertInstanceOf(StoredBody.class, a.body(), "the body is not held on the heap");
                assertEquals(inMemory.published().get(i).bodyHtml(), a.bodyHtml(), a.path());
            }
        }
    }

    @Test
    void parallelWritersEachGetTheirOwnBytes() throws Exception {
        Article sample = new ContentLoader().load(Newsrooms.copyOfBasic(dir), Newsrooms.NOW).published().get(0);
        try (BodyStore store = BodyStore.onDisk()) {
            // Multi-byte text of varying length, so a misplaced offset or a torn write shows.
            List<Article> kept = IntStream.range(0, 2000).parallel()
                    .mapToObj(i -> sample.withBody(store.keep(Body.of("<p>é€ " + "x".repeat(i % 97) + i + "</p>\n"), null)))
                    .toList();
            for (int i = 0; i < kept.size(); i++) {
                assertEquals("<p>é€ " + "x".repeat(i % 97) + i + "</p>\n", kept.get(i).bodyHtml());
            }
        }
    }

    @Test
    void closingDeletesTheFileAndLaterReadsFailLoudly() throws Exception {
        Article sample = new ContentLoader().load(Newsrooms.copyOfBasic(dir), Newsrooms.NOW).published().get(0);
        BodyStore store = BodyStore.onDisk();
        Article kept = sample.withBody(store.keep(sample.body(), null));
        Path file = ((StoredBody) kept.body()).file().path();
        assertTrue(Files.isRegularFile(file));
        store.close();
        assertFalse(Files.exists(file), "the temporary file is removed");
        assertThrows(UncheckedIOException.class, kept::bodyHtml);
    }

    @Test
    void inMemoryStoreLeavesArticlesAsTheyAre() {
        Article sample = new ContentLoader().load(Newsrooms.copyOfBasic(dir), Newsrooms.NOW).published().get(0);
        try (BodyStore store = BodyStore.inMemory()) {
            assertSame(sample.body(), store.keep(sample.body(), null));
        }
    }
}
