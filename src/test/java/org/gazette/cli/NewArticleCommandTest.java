package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.content.ContentLoader;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette new article} end to end, in a temporary copy of the basic newsroom. */
class NewArticleCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesADraftWithCompleteFrontMatterThatLoads() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        Gazette.Run run = Gazette.run("new", "article", "Ærø ferry: \"new\" timetable", "--section", "world",
                "--author", "anna-berg", "--source", root.toString(), "--now", "2024-06-30T22:30:00Z");
        assertEquals(0, run.code(), run.err());
        // 22:30 UTC is already July in Copenhagen, the site's time zone.
        String path = "content/articles/2024/07/aero-ferry-new-timetable.md";
        assertTrue(run.out().startsWith("Created " + path), run.out());
        String text = Files.readString(root.resolve(path));
        assertEquals("""
                ---
                title: "Ærø ferry: \\"new\\" timetable"
                date: 2024-07-01T00:30:00+02:00
                author: anna-berg
                section: world
                tags: []
                summary: "One or two sentences under the headline."
                # image:
                #   src: /images/picture.png
                #   alt: "What the picture shows"
                draft: true
                ---
                Write the article here, in Markdown.
                """, text);
        assertTrue(run.out().contains(text));
        Newsroom newsroom = new ContentLoader().load(root, Newsrooms.NOW);
        Article draft = newsroom.drafts().stream().filter(a -> a.slug().equals("aero-ferry-new-timetable")).findFirst().orElseThrow();
        assertEquals("Ærø ferry: \"new\" timetable", draft.title());
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        Path existing = root.resolve("content/articles/2023/10/harbour-bridge-opens.md");
        String before = Files.readString(existing);
        Gazette.Run run = Gazette.run("new", "article", "Harbour bridge opens", "--section", "world",
                "--source", root.toString(), "--now", "2023-10-20T10:00:00Z");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/articles/2023/10/harbour-bridge-opens.md already exists; nothing was written"), run.err());
        assertEquals(before, Files.readString(existing));
    }

    @Test
    void refusesAnUnknownSectionOrAuthorWithAHint() {
        Path root = Newsrooms.copyOfBasic(dir);
        Gazette.Run run = Gazette.run("new", "article", "Something happened", "--section", "wrld", "--author", "ana-berg",
                "--source", root.toString(), "--now", "2024-07-01T10:00:00Z");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("unknown section 'wrld'\n    hint: did you mean 'world'? (known: world, politics, culture)"),
                run.err());
        assertTrue(run.err().contains("unknown author 'ana-berg'\n    hint: did you mean 'anna-berg'?"), run.err());
        assertFalse(Files.exists(root.resolve("content/articles/2024/07/something-happened.md")), "nothing written");
    }

    @Test
    void needsAHeadlineAndASection() {
        assertEquals(2, Gazette.run("new", "article", "No section").code());
        assertEquals(2, Gazette.run("new", "article", "!!!", "--section", "world").code());
        assertEquals(2, Gazette.run("new").code());
        assertEquals(0, Gazette.run("new", "article", "--help").code());
    }
}
