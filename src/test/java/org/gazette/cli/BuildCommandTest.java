package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.testing.Builds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code build} command as an editor runs it: output, exit codes, and what it leaves on disk. */
class BuildCommandTest {
    @TempDir
    Path dir;

    private static Gazette.Run gazette(String... args) {
        return Gazette.run(args);
    }

    @Test
    void buildsTheDemoAndSummarisesWhatItDid() {
        Path out = dir.resolve("site");
        Gazette.Run run = gazette("build", "--source", Builds.repo().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s)Built \\d+ pages \\(\\d+ files\\) into .*"), run.out());
        assertTrue(run.out().contains("  clock: 2024-03-22T09:00:00Z\n"), "the demo pins its clock: " + run.out());
        assertTrue(run.out().contains("  rankings: 2,866 readers in 48 h from 7 files (skipped 5,302 bot, 3,400 flood lines); "
                + "trending 3, most read 9\n"), run.out());
        assertTrue(run.out().contains("articles: 34 published, 1 draft, 1 scheduled"), run.out());
        assertTrue(run.out().contains("scheduled: 2027-03-15 09:00 +01:00  content/articles/2027/03/"
                + "nordic-chess-open-returns-to-odense.md"), run.out());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void reportsContentProblemsWithPositionsAndExitsOne() throws IOException {
        Path newsroom = dir.resolve("newsroom");
        Files.createDirectories(newsroom.resolve("content/articles"));
        Files.writeString(newsroom.resolve("content/site.yaml"), "title: Test\nbaseUrl: https://example.org/\n");
        Files.writeString(newsroom.resolve("content/sections.yaml"), "- id: world\n  name: World\n");
        Files.writeString(newsroom.resolve("content/articles/a.md"), "---\ntitle: A\ndate: 2024-01-01\nsection: wrld\n---\nText\n");
        Files.writeString(newsroom.resolve("content/articles/b.md"), "---\ntitle: B\ndate: yesterday\nsection: world\n---\nText\n");
        Gazette.Run run = gazette("build", "--source", newsroom.toString(), "--now", "2024-07-01T00:00:00Z");
        assertEquals(1, run.code());
        assertEquals("""
                content/articles/a.md:4:10: unknown section 'wrld'
                    hint: did you mean 'world'? (known: world)
                content/articles/b.md:3:7: 'date' is not a date: 'yesterday'
                    hint: write an ISO 8601 date-time such as 2023-10-12T07:50:00+02:00, or 2023-10-12 07:50 for the site time zone

                2 problems in the content; nothing was written (%s is unchanged).
                """.formatted(newsroom.resolve("site")), run.err());
        assertFalse(Files.exists(newsroom.resolve("site")), "nothing written");
    }

    @Test
    void rejectsAMalformedBuildClock() {
        Gazette.Run run = gazette("build", "--source", Builds.repo().toString(), "--now", "tomorrow");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--now 'tomorrow' is not an instant; write e.g. 2024-07-01T00:00:00Z"), run.err());
        assertTrue(run.err().contains("Try 'gazette build --help'."), run.err());
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws IOException {
        Path precious = dir.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "keep me");
        Gazette.Run run = gazette("build", "--source", Builds.repo().toString(), "--out", precious.toString(),
                "--now", "2024-07-01T00:00:00Z");
        assertEquals(3, run.code());
        assertTrue(run.err().contains("refusing to write the site into " + precious
                + ": it is not empty and was not made by Gazette"), run.err());
        assertEquals("keep me", Files.readString(precious.resolve("notes.txt")));
    }

    @Test
    void buildsWithReadershipGivenOnTheCommandLineAndRankExplainsThePlaces() throws IOException {
        Path newsroom = org.gazette.testing.Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        writeEightReadersOfOneArticle(dir.resolve("access.log"));
        String now = "2024-05-15T00:00:00Z";
        Gazette.Run build = gazette("build", "--source", newsroom.toString(), "--now", now, "--analytics", dir.resolve("access.log").toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("  rankings: 8 readers in 48 h from 1 file; trending 1, most read 1 (widened to 7 days)"),
                build.out());

        Gazette.Run rank = gazette("rank", "--source", newsroom.toString(), "--now", now, "--analytics",
                dir.resolve("access.log").toString(), "--explain");
        assertEquals(0, rank.code(), rank.err());
        assertTrue(rank.out().contains("No file changed."), rank.out());
        // The build wrote into an empty folder and recorded no page: rank renders every page, and records them.
        Matcher pages = Pattern.compile("pages: (\\d+) rendered, 0 unchanged\\R").matcher(rank.out());
        assertTrue(pages.find(), rank.out());
        Gazette.Run again = gazette("rank", "--source", newsroom.toString(), "--now", now, "--analytics",
                dir.resolve("access.log").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("pages: 0 rendered, " + pages.group(1) + " unchanged\n"), again.out());
        assertTrue(rank.out().contains("Trending:\n 1. /world/2024/05/14/where-the-city-warms-fastest/\n    score "), rank.out());
        assertTrue(rank.out().contains("Most Read:\n 1. /world/2024/05/14/where-the-city-warms-fastest/\n    #1: 8 readers"),
                rank.out());
    }

    @Test
    void rankCountsTheChangedFilesAndNamesTheSiteWideOnesFirst() throws IOException {
        Path newsroom = org.gazette.testing.Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Files.writeString(dir.resolve("empty.log"), "");
        writeEightReadersOfOneArticle(dir.resolve("access.log"));
        String now = "2024-05-15T00:00:00Z";
        Gazette.Run build = gazette("build", "--source", newsroom.toString(), "--now", now, "--analytics",
                dir.resolve("empty.log").toString());
        assertEquals(0, build.code(), build.err());

        // The first readers put the lists on the pages that carry them: the site-wide files come first.
        Gazette.Run rank = gazette("rank", "--source", newsroom.toString(), "--now", now, "--analytics",
                dir.resolve("access.log").toString());
        assertEquals(0, rank.code(), rank.err());
        Matcher m = Pattern.compile("(\\d+) files changed: (.*)\\R").matcher(rank.out());
        assertTrue(m.find(), rank.out());
        List<String> named = List.of(m.group(2).split(", "));
        assertEquals(Integer.parseInt(m.group(1)), named.size(), "no more than named: " + rank.out());
        assertEquals(List.of("index.html", "data/most-read.json", "data/trending.json"), named.subList(0, 3), rank.out());
        assertTrue(named.size() > 3 && named.subList(3, named.size()).stream().allMatch(f -> f.endsWith("/index.html")), rank.out());
        for (String file : named) {
            assertTrue(Files.isRegularFile(newsroom.resolve("site").resolve(file)), file);
        }

        // A large newsroom changes thousands: they are counted, the first few named.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add("world/2024/05/" + (10 + i % 20) + "/story-" + i + "/index.html");
        }
        many.add(1234, "data/trending.json");
        many.add("index.html");
        String line = RankCommand.changedFiles(many);
        assertTrue(line.startsWith("2,502 files changed: index.html, data/trending.json, world/2024/05/10/story-0/index.html, "), line);
        assertTrue(line.endsWith(" and 2,492 more"), line);
        assertEquals(RankCommand.NAMED, line.substring(0, line.lastIndexOf(" and ")).split(", ").length, line);
        assertEquals("No file changed.", RankCommand.changedFiles(List.of()));
        assertEquals("1 file changed: data/trending.json", RankCommand.changedFiles(List.of("data/trending.json")));
    }

    @Test
    void rankNeedsABuiltSite() {
        Gazette.Run run = gazette("rank", "--source", org.gazette.testing.Newsrooms.basic().toString(), "--out",
                dir.resolve("nothing").toString());
        assertEquals(3, run.code());
        assertTrue(run.err().contains("there is no site built by Gazette in " + dir.resolve("nothing")), run.err());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        Gazette.Run run = gazette("build", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--source=DIR"), run.out());
        assertTrue(run.out().contains("--now=INSTANT"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());

        java.util.Map<String, picocli.CommandLine> commands = Main.commandLine().getSubcommands();
        assertEquals(java.util.List.of("build", "rank", "prune", "serve", "new", "check", "help"),
                java.util.List.copyOf(commands.keySet()));
        // Each is added under the name its own @Command gives, which picocli would otherwise use.
        commands.forEach((name, command) -> assertEquals(name, command.getCommandSpec().userObject().getClass()
                .getAnnotation(picocli.CommandLine.Command.class).name(), "the name Main adds " + name + " under"));
        // A command line naming a command is given that one alone; the help of all lists them all.
        assertEquals(java.util.Set.of("rank"), Main.commandLine("rank", "--source", "x").getSubcommands().keySet());
        for (String[] all : java.util.List.of(new String[] {"--help"}, new String[] {"help"})) {
            Gazette.Run listed = gazette(all);
            assertEquals(0, listed.code(), listed.err());
            for (String name : commands.keySet()) {
                assertTrue(listed.out().contains("\n  " + name + " "), String.join(" ", all) + " lists " + name + ":\n" + listed.out());
            }
        }
        Gazette.Run typo = gazette("biuld");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Unmatched argument at index 0: 'biuld'") && typo.err().contains("Try 'gazette --help'."),
                typo.err());
        for (java.util.Map.Entry<String, picocli.CommandLine> command : commands.entrySet()) {
            String name = command.getKey();
            if (name.equals("help")) {
                continue;
            }
            Gazette.Run help = gazette(name, "--help");
            assertEquals(0, help.code(), name + ": " + help.err());
            assertTrue(help.out().contains("Usage: gazette " + name), name + ": " + help.out());
            if (command.getValue().getCommandSpec().findOption("--source") != null) {
                assertTrue(help.out().contains("--source"), name + ": " + help.out());
            }
        }
    }

    /** An access log: eight readers of the basic newsroom's climate article on the evening of 14 May 2024. */
    private static void writeEightReadersOfOneArticle(Path file) throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            log.append("203.0.113.").append(i).append(" - - [14/May/2024:20:0").append(i)
                    .append(":00 +0000] \"GET /news/world/2024/05/14/where-the-city-warms-fastest/ HTTP/1.1\" 200 512 ")
                    .append("\"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/125.0\"\n");
        }
        Files.writeString(file, log);
    }
}
