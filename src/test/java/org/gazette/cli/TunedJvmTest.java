package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar gazette.jar build} as a user runs it: a real JVM, which starts the tuned one. */
class TunedJvmTest {
    @TempDir
    Path dir;

    /**
     * A flag only the tuned JVM has. Not MaxInlineLevel=5: a second JVM given the user's
     * -XX:MaxInlineLevel=15 after the tuned flags would print only the 15.
     */
    private static final String TUNED = "-XX:InlineSmallCode=500";

    private record Result(int code, String output) {
    }

    /** Runs Main in a new JVM with {@code options}; the JVMs print their flags (-XX:+PrintCommandLineFlags). */
    private Result gazette(List<String> options, String... args) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCommandLineFlags", "-Djava.io.tmpdir=" + tmp));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("gazette " + String.join(" ", args) + " did not end in 120 s");
        }
        int code = process.exitValue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("gazette-tuned-")).toList(),
                    "no marker file is left in the temp folder (deleteOnExit removes it too: the handshake itself is"
                            + " checked by a failed build below):\n" + output);
        }
        return new Result(code, output);
    }

    @Test
    void buildsInAJvmWithShallowerInliningAndPassesItsResultOn() throws Exception {
        Path site = dir.resolve("site");
        Result ok = gazette(List.of("-Xmx512m"), "build", "--source", Newsrooms.basic().toString(), "--out", site.toString(),
                "--now", Newsrooms.NOW.toString());
        assertEquals(0, ok.code(), ok.output());
        assertTrue(Files.isRegularFile(site.resolve("index.html")), ok.output());
        assertTrue(ok.output().contains("-XX:MaxInlineLevel=5") && ok.output().contains("-XX:InlineSmallCode=500"),
                "the build ran with the tuned flags:\n" + ok.output());
        assertTrue(ok.output().lines().anyMatch(l -> l.contains("-XX:MaxInlineLevel=5") && l.contains("-XX:MaxHeapSize=536870912")),
                "and with the options it was given:\n" + ok.output());
        assertTrue(tunedFlags(ok).contains("-XX:+UseParallelGC"), "and the parallel collector:\n" + ok.output());
        assertTrue(tunedFlags(ok).contains("-XX:TieredStopAtLevel=1"), "a small newsroom's build has C1 alone:\n" + ok.output());
        List<String> flags = List.of(tunedFlags(ok).strip().split(" +"));
        assertTrue(flags.contains("-XX:MaxNewSize=134217728") && flags.contains("-XX:MaxTenuringThreshold=0"),
                "and a young generation of a quarter of the 512 MB heap, whose survivors are not copied again:\n" + ok.output());

        // gazette rank renders every page again: the same tuned JVM.
        Result rank = gazette(List.of("-Xmx512m"), "rank", "--source", Newsrooms.basic().toString(), "--out", site.toString(),
                "--now", Newsrooms.NOW.toString());
        assertEquals(0, rank.code(), rank.output());
        assertTrue(rank.output().contains("No file changed."), rank.output());
        assertTrue(tunedFlags(rank).contains("-XX:TieredStopAtLevel=1"), "rank ran in the tuned JVM:\n" + rank.output());
        // gazette check renders every page in memory and parses each for its links: the same tuned JVM.
        Result check = gazette(List.of(), "check", "--source", Newsrooms.basic().toString(), "--now", Newsrooms.NOW.toString());
        assertEquals(0, check.code(), check.output());
        assertTrue(check.output().contains("No problems"), check.output());
        assertTrue(tunedFlags(check).contains("-XX:TieredStopAtLevel=1"), "check ran in the tuned JVM:\n" + check.output());

        Path broken = Newsrooms.copyOfBasic(dir.resolve("broken"));
        Newsrooms.write(broken, "content/articles/2024/01/broken.md", "---\ntitle: [unclosed\n---\nText.\n");
        Result failed = gazette(List.of(), "build", "--source", broken.toString(), "--out", dir.resolve("out2").toString());
        assertEquals(Main.CONTENT_ERRORS, failed.code(), failed.output());
        assertTrue(failed.output().contains(TUNED), "it failed in the tuned JVM:\n" + failed.output());
        assertTrue(failed.output().contains("content/articles/2024/01/broken.md"), "the tuned JVM's errors reach the user:\n" + failed.output());
        assertFalse(failed.output().contains("did not start"), "its exit code is passed on, not taken for a refusal:\n" + failed.output());
        assertEquals(1, failed.output().split("content/articles/2024/01/broken.md", -1).length - 1,
                "built once, not again in the first JVM:\n" + failed.output());
    }

    @Test
    void keepsTheCollectorTheUserChose() throws Exception {
        Result serial = gazette(List.of("-XX:+UseSerialGC"), "build", "--source", Newsrooms.basic().toString(),
                "--out", dir.resolve("site").toString(), "--now", Newsrooms.NOW.toString());
        assertEquals(0, serial.code(), serial.output());
        assertTrue(tunedFlags(serial).contains("-XX:+UseSerialGC") && !tunedFlags(serial).contains("-XX:+UseParallelGC"),
                "the tuned JVM runs with the user's collector alone (the JVM refuses two):\n" + serial.output());

        Result tuning = gazette(List.of("-XX:+UseAdaptiveSizePolicyWithSystemGC"), "build", "--source",
                Newsrooms.basic().toString(), "--out", dir.resolve("site2").toString(), "--now", Newsrooms.NOW.toString());
        assertEquals(0, tuning.code(), tuning.output());
        assertTrue(tunedFlags(tuning).contains("-XX:+UseParallelGC"),
                "an option that tunes a collector without choosing one keeps the parallel collector:\n" + tuning.output());
    }

    @Test
    void buildsInThisJvmWhenTheTunedOneRefusesToStart() throws Exception {
        // One core makes the serial collector the default, which takes no GC threads; the parallel one refuses that.
        Result result = gazette(List.of("-XX:ActiveProcessorCount=1", "-XX:ParallelGCThreads=0"), "build", "--source",
                Newsrooms.basic().toString(), "--out", dir.resolve("site").toString(), "--now", Newsrooms.NOW.toString());
        assertEquals(0, result.code(), "not 1, which would say the content has problems:\n" + result.output());
        assertTrue(result.output().contains("did not start; building with this JVM's settings"), result.output());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")), result.output());
    }

    @Test
    void choosesC1AloneBelowTheLimitCountingMarkdownFilesUnderContentArticles() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("newsroom/content/articles/2024/01"));
        for (String name : List.of("a.md", "b.md", "c.md", "notes.txt", ".draft.md")) {
            Files.writeString(articles.resolve(name), "---\ntitle: T\n---\n");
        }
        Files.writeString(Files.createDirectories(articles.resolve(".hidden")).resolve("d.md"), "");
        Files.writeString(Files.createDirectories(articles.resolve("pictures.d")).resolve("e.md"), "");
        String newsroom = dir.resolve("newsroom").toString();
        String[] build = {"build", "--source", newsroom, "--out", "x"};

        long heap = 2048L << 20;
        List<String> small = TunedJvm.tunedFlags(build, List.of(), 4, heap);
        assertTrue(small.contains("-XX:TieredStopAtLevel=1") && small.containsAll(TunedJvm.FLAGS),
                "3 articles (not the .txt, hidden names or names with a dot) are fewer than 4: " + small);
        assertTrue(small.stream().noneMatch(f -> f.startsWith("-Xms")), "a small build keeps the JVM's initial heap: " + small);
        assertTrue(small.containsAll(List.of("-Xmn256m", TunedJvm.NO_TENURING)), "a small build's young generation: " + small);
        assertTrue(TunedJvm.tunedFlags(build, List.of(), 4, 512L << 20).contains("-Xmn128m"), "a quarter of a smaller heap");
        // The user's -Xmx as written: this JVM's collector may report less (the serial one leaves out a survivor space).
        assertTrue(TunedJvm.tunedFlags(build, List.of("-Xmx2g", "-Xmx600M"), 4, 580L << 20).contains("-Xmn150m"));
        assertEquals(3L << 30, TunedJvm.maximumHeap(List.of("-XX:MaxHeapSize=3221225472"), heap));
        assertEquals(1L << 40, TunedJvm.maximumHeap(List.of("-Xmx1t"), heap));
        assertEquals(heap, TunedJvm.maximumHeap(List.of("-Xmx"), heap), "a size the JVM would refuse: this JVM's");
        assertEquals(heap, TunedJvm.maximumHeap(List.of("-Xmx99999999999999999t"), heap), "too large for a long: this JVM's");
        for (String own : List.of("-Xmn64m", "-XX:NewSize=64m", "-XX:NewRatio=3", "-XX:MaxNewSize=100m",
                "-XX:MaxTenuringThreshold=15", "-XX:InitialTenuringThreshold=3", "-XX:+AlwaysTenure", "-XX:+NeverTenure",
                "-Xms128m", "-XX:InitialHeapSize=100m", "-XX:+UseParallelGC", "-XX:+UseG1GC")) {
            List<String> theirs = TunedJvm.tunedFlags(build, List.of(own), 4, heap);
            assertTrue(theirs.contains("-XX:TieredStopAtLevel=1") && theirs.stream()
                    .noneMatch(f -> f.startsWith("-Xmn") || f.equals(TunedJvm.NO_TENURING)), own + " is the user's choice: " + theirs);
        }
        List<String> large = TunedJvm.tunedFlags(build, List.of(), 3, heap);
        assertFalse(large.contains("-XX:TieredStopAtLevel=1"), "3 articles are not fewer than 3: " + large);
        assertTrue(large.stream().noneMatch(f -> f.startsWith("-Xmn") || f.equals(TunedJvm.NO_TENURING)),
                "a large build keeps the collector's sizing of the young generation: " + large);
        assertTrue(large.contains("-XX:+UseParallelGC"), large.toString());
        assertTrue(large.contains("-Xms2048m"), "a large build starts with the whole heap: " + large);
        // The user's maximum as written: G1 in this JVM rounds -Xmx2049m up to 2050 MB, which the tuned
        // JVM's collector would refuse as an initial heap larger than its maximum.
        assertTrue(TunedJvm.tunedFlags(build, List.of("-Xmx1g", "-Xmx2049m"), 3, 2050L << 20).contains("-Xms2049m"));
        assertTrue(TunedJvm.tunedFlags(build, List.of("-XX:MaxHeapSize=3000000000"), 3, heap).contains("-Xms3000000000"));
        assertTrue(TunedJvm.tunedFlags(build, List.of("-Xmx2g", "-XX:InitialHeapSize=1g"), 3, heap).stream()
                .noneMatch(f -> f.startsWith("-Xms")), "the user's own initial heap");
        assertTrue(TunedJvm.tunedFlags(new String[] {"build", "@options.txt"}, List.of(), 1_000_000, heap).stream()
                .noneMatch(f -> f.startsWith("-Xms")), "a newsroom of a size that cannot be told keeps the JVM's sizing");
        assertFalse(TunedJvm.tunedFlags(new String[] {"build", "@options.txt"}, List.of(), 1_000_000, heap)
                .contains("-XX:TieredStopAtLevel=1"), "the newsroom may be named in the @file: the JIT's defaults");

        Path folder = dir.resolve("newsroom/content/articles");
        assertEquals(folder, TunedJvm.articlesOf(build));
        assertEquals(folder, TunedJvm.articlesOf(new String[] {"build", "--out", "x", "--source=" + newsroom}));
        assertEquals(Path.of(".", "content", "articles"), TunedJvm.articlesOf(new String[] {"build", "--out", "x"}),
                "without --source, the current folder");
        assertEquals(Path.of(".", "content", "articles"), TunedJvm.articlesOf(new String[] {"build", "--source"}),
                "--source without its folder is the build's error to report; the guess is the current folder");
        assertTrue(TunedJvm.countsFewer(dir.resolve("missing"), 1), "no articles folder: no articles");
        Files.createSymbolicLink(articles.resolve("loop"), folder);
        // With the depth limit 9 articles are counted (3 at each of depths 2, 5 and 8); without it, the
        // system's limit of 40 links in a path ends the count only after about 120.
        assertTrue(TunedJvm.countsFewer(folder, 30), "a link back up ends the count at the depth limit");
    }

    /** The flags line the tuned JVM printed. */
    private static String tunedFlags(Result result) {
        return result.output().lines().filter(l -> l.contains(TUNED)).findFirst()
                .orElseThrow(() -> new AssertionError("no tuned JVM ran:\n" + result.output()));
    }

    @Test
    void runsInThisJvmWhenGivenItsOwnInliningAnAgentOrAnotherCommand() throws Exception {
        Result own = gazette(List.of("-XX:MaxInlineLevel=15"), "build", "--source", Newsrooms.basic().toString(),
                "--out", dir.resolve("site").toString(), "--now", Newsrooms.NOW.toString());
        assertEquals(0, own.code(), own.output());
        assertFalse(own.output().contains(TUNED), own.output());

        Result debugged = gazette(List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0"),
                "build", "--source", Newsrooms.basic().toString(), "--out", dir.resolve("site2").toString(),
                "--now", Newsrooms.NOW.toString());
        assertEquals(0, debugged.code(), debugged.output());
        assertFalse(debugged.output().contains(TUNED), "a debugger stays with the JVM it was started with:\n"
                + debugged.output());

        Result version = gazette(List.of(), "--version");
        assertEquals(0, version.code(), version.output());
        assertFalse(version.output().contains(TUNED), version.output());
    }
}
