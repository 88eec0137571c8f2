package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newsroom kept loaded between edits gives what a full load gives, errors included. */
class ContentSessionTest {
    @TempDir
    Path dir;

    @Test
    void rereadsOnlyChangedArticlesAndReportsTheFullLoadsErrors() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        ContentSession session = new ContentSession(root, Newsrooms.NOW);
        Newsroom first = session.load(null);
        Path file = root.resolve("content/articles/2023/10/harbour-bridge-opens.md");
        String good = Files.readString(file);

        Files.writeString(file, good.replace("title: \"Harbour bridge opens after two years of delays\"", "title: \"Bridge\""));
        Newsroom edited = session.load(Set.of(file));
        assertTrue(edited.published().stream().anyMatch(a -> a.title().equals("Bridge")));
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), edited);

        Files.writeString(file, good.replace("section: world", "section: wrld"));
        ContentException incremental = assertThrows(ContentException.class, () -> session.load(Set.of(file)));
        ContentException full = assertThrows(ContentException.class, () -> new ContentLoader().load(root, Newsrooms.NOW));
        assertEquals(full.report(), incremental.report());

        Files.writeString(file, good);
        assertEquals(first, session.load(Set.of(file)));
        Files.delete(file);
        assertEquals(first.published().size() - 1, session.load(Set.of(file)).published().size());
    }
}
