package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette check} end to end: what it reports, its exit codes, and that it writes nothing. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void passesTheDemoNewsroom() {
        Gazette.Run run = Gazette.run("check", "--source", Builds.repo().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("No problems: "), run.out());
    }

    @Test
    void reportsABrokenInternalLinkAndABadAnchorOnThePagesTheyAreOn() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        Path file = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(file, Files.readString(file)
                + "\nSee [the bridge](/world/2023/10/13/harbour-bridge-opens/#no-such-heading), [nothing](/world/gone/)"
                + " and [its story](/world/2023/10/13/harbour-bridge-opens/#what-went-wrong).\n");
        Gazette.Run run = Gazette.run("check", "--source", root.toString(), "--now", "2024-07-01T00:00:00Z");
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("/news/politics/2024/03/05/elections-explained/: no element with id 'no-such-heading' on "
                + "/news/world/2023/10/13/harbour-bridge-opens/index.html (/news/world/2023/10/13/harbour-bridge-opens/#no-such-heading)"),
                run.err());
        assertTrue(run.err().contains("/news/politics/2024/03/05/elections-explained/: no generated page or file at "
                + "/news/world/gone/index.html (/news/world/gone/)"), run.err());
        assertFalse(run.err().contains("#what-went-wrong"), "a good anchor is not reported");
        assertTrue(run.err().contains("2 problems in the links"), run.err());
        assertFalse(Files.exists(root.resolve("site")), "check writes nothing");
    }

    @Test
    void checksAnchorsOnThePageItself() throws Exception {
        // A page's own anchors come from the parse that reads its links (not a second one): both kinds of
        // answer must still hold, on an article page and on the pages that show its card.
        Path root = Newsrooms.copyOfBasic(dir);
        Path file = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(file, Files.readString(file) + "\nJump [to the story](#main) or [to nowhere](#nowhere).\n");
        Gazette.Run run = Gazette.run("check", "--source", root.toString(), "--now", "2024-07-01T00:00:00Z");
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("/news/politics/2024/03/05/elections-explained/: no element with id 'nowhere' on "
                + "/news/politics/2024/03/05/elections-explained/index.html (#nowhere)"), run.err());
        assertFalse(run.err().contains("(#main)"), "the page's own #main is found");
        assertTrue(run.err().contains("1 problem in the links"), run.err());
    }

    @Test
    void anOldStyleNamedAnchorIsATargetToo() throws Exception {
        // <a name> is how older templates mark a place: a #fragment may name it as it may an id.
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.write(root, "templates/pages/404.ftlh", """
                <#import "/layouts/base.ftlh" as layout>
                <@layout.page>
                <p><a name="legacy-anchor">Here</a>, <a href="#legacy-anchor">back here</a>, <a href="#no-such-name">nowhere</a></p>
                </@layout.page>
                """);
        Gazette.Run run = Gazette.run("check", "--source", root.toString(), "--now", "2024-07-01T00:00:00Z");
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("/news/404.html: no element with id 'no-such-name' on /news/404.html (#no-such-name)"),
                run.err());
        assertFalse(run.err().contains("(#legacy-anchor)"), run.err());
        assertTrue(run.err().contains("1 problem in the links"), run.err());
    }

    @Test
    void reportsContentProblemsLikeABuild() throws Exception {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.write(root, "content/articles/bad.md", "---\ntitle: Bad\ndate: 2024-01-01\nsection: wrld\n---\nText.\n");
        Gazette.Run run = Gazette.run("check", "--source", root.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/articles/bad.md:4:10: unknown section 'wrld'"), run.err());
    }

    @Test
    void buildOutputNeverCarriesThePreviewScript() throws Exception {
        Path out = dir.resolve("site");
        Builds.build(Newsrooms.basic(), out);
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(f).contains("__gazette"), f.toString());
            }
        }
    }
}
