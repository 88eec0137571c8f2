package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.cli.Main;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette prune} against a folder (Maven's file: route): only what Gazette published and no longer has goes. */
class PruneTest {
    @TempDir
    Path temp;

    @Test
    void removesFilesAndEmptiedFoldersOfEarlierPublishesButNothingElse() throws IOException {
        Path site = temp.resolve("site");
        Path server = temp.resolve("www");
        write(site.resolve("index.html"));
        write(site.resolve("world/2024/01/02/story/index.html"));
        write(site.resolve("world/2024/01/02/story/index.html.gz"));
        write(site.resolve("world/index.html"));
        write(server.resolve(".well-known/security.txt")); // the host's own file
        Prune prune = Prune.at(server.toUri().toString(), null, "gazette-site");
        publish(prune, site, server);

        Files.delete(site.resolve("world/2024/01/02/story/index.html"));
        Files.delete(site.resolve("world/2024/01/02/story/index.html.gz"));
        List<String> removed = publish(prune, site, server);

        assertEquals(List.of("world/2024/01/02/story/index.html", "world/2024/01/02/story/index.html.gz"), removed);
        assertFalse(Files.exists(server.resolve("world/2024")), "folders left empty go too");
        assertTrue(Files.exists(server.resolve("world/index.html")));
        assertTrue(Files.exists(server.resolve(".well-known/security.txt")), "files Gazette never published stay");
        assertEquals("index.html\nworld/index.html\n", Files.readString(server.resolve(Prune.LEDGER)).replaceFirst("(?s)^#[^\n]*\n", ""));
    }

    @Test
    void anInterruptedUploadIsCleanedUpByTheNextCompletePublish() throws IOException {
        Path site = temp.resolve("site");
        Path server = temp.resolve("www");
        write(site.resolve("index.html"));
        write(site.resolve("draft-by-mistake/index.html"));
        Prune prune = Prune.at("file:" + server, null, "gazette-site");
        prune.beforeUpload(site);
        Newsrooms.copy(site, server); // the upload dies before prune's second half

        Files.delete(site.resolve("draft-by-mistake/index.html"));
        assertEquals(List.of("draft-by-mistake/index.html"), publish(prune, site, server));
        assertFalse(Files.exists(server.resolve("draft-by-mistake")));
    }

    @Test
    void emptiedFoldersAreListedDeepestFirst() {
        assertEquals(List.of("a/b/c", "a/b"), Prune.emptiedFolders(Set.of("a/b/c/x.html", "a/b/y.html"), Set.of("a/z.html")));
    }

    @Test
    void refusesTransportsItCannotDeleteOverWithTheAlternative() {
        PublishException e = assertThrows(PublishException.class, () -> Prune.at("scpexe://news.example.org/var/www/news", null, "x"));
        assertTrue(e.getMessage().contains("rsync route"), e.getMessage());
    }

    @Test
    void theCommandReportsWhatItRemoved() throws IOException {
        Path site = temp.resolve("site");
        Path server = temp.resolve("www");
        write(site.resolve("index.html"));
        write(server.resolve("old/index.html"));
        Files.writeString(server.resolve(Prune.LEDGER), "index.html\nold/index.html\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true));
        int code;
        try {
            code = Main.run("prune", "--out", site.toString(), "--url", server.toUri().toString());
        } finally {
            System.setOut(previous);
        }
        assertEquals(0, code);
        assertTrue(out.toString().contains("prune: removed 1 stale file from ") && out.toString().contains(": old/index.html"), out.toString());
        assertFalse(Files.exists(server.resolve("old")));
    }

    private static List<String> publish(Prune prune, Path site, Path server) throws IOException {
        prune.beforeUpload(site);
        Newsrooms.copy(site, server);
        return prune.afterUpload(site);
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, file.getFileName().toString());
    }
}
