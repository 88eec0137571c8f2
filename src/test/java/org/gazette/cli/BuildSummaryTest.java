package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.testing.Builds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build report: next scheduled publish, warnings, no colour off a terminal. */
class BuildSummaryTest {
    @TempDir
    Path dir;

    @Test
    void namesTheNextScheduledPublishAndTheWarningsWithoutColourOffATerminal() throws Exception {
        Path out = dir.resolve("site");
        Gazette.Run run = Gazette.run("build", "--source", Builds.repo().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("  next publish: 2027-03-15T08:00:00Z (content/articles/2027/03/"
                + "nordic-chess-open-returns-to-odense.md): rebuild then\n"), run.out());
        assertFalse(run.out().contains("\033["), "no escape codes when not on a terminal");
        assertTrue(Files.readString(out.resolve("data/build.json")).contains("\"nextPublish\" : \"2027-03-15T08:00:00Z\""));
    }
}
