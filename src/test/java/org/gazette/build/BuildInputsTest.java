package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of the newsroom's other files the build inputs cover, and that a change to one is seen. */
class BuildInputsTest {
    @TempDir
    Path dir;
    private Path newsroom;
    private Path out;

    @BeforeEach
    void newsroom() {
        newsroom = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        out = newsroom.resolve("public");
        for (String file : List.of("access.log", "analytics/2024/june.csv", "notes/readme.txt",
                "content/articles/extra.md", "content/images/extra.png", "templates/article.ftlh",
                "public/index.html", "site/index.html", "target/gazette.jar", ".git/HEAD", ".env",
                ".gazette-cache/articles.bin", "node_modules/x/index.js")) {
            Newsrooms.write(newsroom, file, "x");
        }
    }

    @Test
    void coversTheFilesOutsideContentTemplatesTheOutputAndToolFolders() throws IOException {
        assertEquals(List.of("access.log", "analytics/2024/june.csv", "notes/readme.txt"),
                BuildInputs.otherFiles(newsroom, out).stream()
                        .map(p -> newsroom.relativize(p).toString().replace('\\', '/')).toList());
    }

    @Test
    void countsALinkAsTheFileItLeadsTo() throws IOException {
        Path target = Newsrooms.write(dir, "elsewhere/log.txt", "x");
        try {
            Files.createSymbolicLink(newsroom.resolve("linked.log"), target);
            Files.createSymbolicLink(newsroom.resolve("linked-folder"), dir.resolve("elsewhere"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        assertEquals(List.of(newsroom.resolve("linked.log")), BuildInputs.otherFiles(newsroom, out).stream()
                .filter(p -> p.getFileName().toString().startsWith("linked")).toList());
    }

    @Test
    void changesWhenAReadershipFileChangesAndNotForToolFolders() throws IOException {
        String before = inputs();
        Newsrooms.write(newsroom, "target/gazette.jar", "rebuilt");
        Newsrooms.write(newsroom, ".git/HEAD", "moved");
        Newsrooms.write(newsroom, "public/index.html", "published again");
        assertEquals(before, inputs(), "tool folders and the output are not inputs");

        Path log = Newsrooms.write(newsroom, "analytics/2024/june.csv", "xy");
        assertNotEquals(before, inputs(), "a readership file that grew");
        String grown = inputs();
        Files.setLastModifiedTime(log, FileTime.fromMillis(Files.getLastModifiedTime(log).toMillis() + 60_000));
        assertNotEquals(grown, inputs(), "a readership file written again");
    }

    private String inputs() {
        return BuildInputs.of(new BuildOptions(newsroom, out, Newsrooms.NOW), "content");
    }
}
