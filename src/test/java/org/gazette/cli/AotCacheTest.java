package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tuned JVM's start-up cache: which file, when, and a real Java making and using it: this JVM's
 * Java (17 on the project's machines, a class-data archive) and Java 25 (an AOT cache) when the machine has it.
 */
class AotCacheTest {
    private static final String JVM = "/usr/lib/jvm/some-jdk 25.0.3+9-LTS";
    private static final List<String> FLAGS = List.of("-XX:MaxInlineLevel=5", "-XX:+UseParallelGC", "-Xmx2g");

    @TempDir
    Path dir;

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        Files.write(jar, new byte[] {'P', 'K', 5, 6});
        return jar;
    }

    @Test
    void onlyWithJarsAndWithoutArchiveOptionsOfTheUsers() throws IOException {
        Path folder = dir.resolve("cache");
        String jars = jar("gazette.jar") + File.pathSeparator + jar("lib.jar");
        assertTrue(AotCache.of(25, true, JVM, jars, FLAGS, folder).isPresent());
        assertTrue(Files.isDirectory(folder), "made, so that the recording JVM can write into it");
        assertTrue(AotCache.of(26, true, JVM, jars, FLAGS, folder).isPresent());
        assertTrue(AotCache.of(25, true, JVM, jars, FLAGS, folder).orElseThrow().file().toString().endsWith(".aot"));
        AotCache archive = AotCache.of(21, true, JVM, jars, FLAGS, folder).orElseThrow();
        assertTrue(archive.file().toString().endsWith(".jsa"), "before Java 25, a class-data archive: " + archive.file());
        assertEquals("class-data archive", archive.kind());
        assertFalse(AotCache.of(21, false, JVM, jars, FLAGS, folder).isPresent(),
                "a JVM that maps no archive of Java's own refuses to write one (a JDK without it, or options against it)");
        assertTrue(AotCache.of(25, false, JVM, jars, FLAGS, folder).isPresent(), "Java 25's cache needs none");
        assertFalse(AotCache.of(25, true, JVM, jars + File.pathSeparator + dir.resolve("classes"), FLAGS, folder).isPresent(),
                "a folder on the class path: the JVM reads no cache");
        Files.createDirectories(dir.resolve("classes"));
        assertFalse(AotCache.of(25, true, JVM, jars + File.pathSeparator + dir.resolve("classes"), FLAGS, folder).isPresent(),
                "a folder that is there, too");
        assertFalse(AotCache.of(25, true, JVM, jars, FLAGS, null).isPresent(), "no home: no cache folder");
        for (String odd : List.of("a:b", "quo\"te", "per%pcent", "com,ma")) {
            assertFalse(AotCache.of(25, true, JVM, jars, FLAGS, dir.resolve(odd)).isPresent(),
                    "the JVM cannot take " + odd + " in a file name of its options");
        }
        for (String own : List.of("-XX:AOTMode=off", "-XX:AOTCache=mine.aot", "-Xshare:off", "-XX:SharedArchiveFile=a.jsa",
                "-XX:DumpLoadedClassList=classes.txt", "-XX:SharedClassListFile=classes.txt", "-XX:+AutoCreateSharedArchive",
                "-Dgazette.aot=off")) {
            List<String> flags = new ArrayList<>(FLAGS);
            flags.add(own);
            assertFalse(AotCache.of(25, true, JVM, jars, flags, folder).isPresent(), own + " is the user's choice");
        }
    }

    @Test
    void oneCachePerJvmJarsAndFlagsNamedAfterTheJarsVersions() throws IOException {
        Path folder = dir.resolve("cache");
        Path gazette = jar("gazette.jar");
        AotCache cache = AotCache.of(25, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
        assertEquals(folder, cache.file().getParent());
        assertEquals(cache.file(), AotCache.of(25, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow().file(), "the same inputs, the same file");
        assertTrue(cache.recording());
        List<String> record = cache.begin();
        assertEquals("-XX:AOTMode=record", record.get(0), record.toString());
        assertTrue(record.get(1).startsWith("-XX:AOTConfiguration=" + folder), record.toString());
        assertTrue(record.contains("-Xlog:aot=off"), record.toString());
        assertTrue(record.contains("-XX:+DisplayVMOutputToStderr"), "the JVM's 'recorded' line goes to stderr: " + record);

        String kind = kind(cache);
        Files.setLastModifiedTime(gazette, FileTime.fromMillis(Files.getLastModifiedTime(gazette).toMillis() - 60_000));
        AotCache rebuilt = AotCache.of(25, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
        assertNotEquals(cache.file(), rebuilt.file(), "a jar made again: a new cache");
        assertEquals(kind, kind(rebuilt), "of the same kind, which it replaces");
        assertNotEquals(kind, kind(AotCache.of(25, true, JVM, gazette.toString(), List.of("-Xmx2g"), folder).orElseThrow()), "other flags");
        assertNotEquals(kind, kind(AotCache.of(25, true, JVM + "0", gazette.toString(), FLAGS, folder).orElseThrow()), "another JVM");
        List<String> logged = new ArrayList<>(FLAGS);
        logged.addAll(List.of("-Xlog:aot=info", "-Dbuild.id=7"));
        assertEquals(rebuilt.file(), AotCache.of(25, true, JVM, gazette.toString(), logged, folder).orElseThrow().file(),
                "logging and system properties change nothing the cache holds");

        Files.write(rebuilt.file(), new byte[1]);
        AotCache made = AotCache.of(25, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
        assertFalse(made.recording());
        List<String> use = made.begin();
        assertEquals(List.of("-XX:AOTCache=" + made.file(), "-Xlog:aot=off"), use.subList(0, 2));
        assertTrue(use.get(2).matches("-Xlog:aot=error:file=\".*gazette-aot-[0-9]+-[0-9]+\\.log\"::filecount=0"),
                "its errors go to a new log in the temp folder (the cache's folder may not be writable): " + use);
        assertEquals(3, use.size(), use.toString());
    }

    @Test
    void beforeJava25AClassDataArchiveWrittenAsTheBuildsJvmExits() throws IOException {
        Path folder = dir.resolve("cache");
        Path gazette = jar("gazette.jar");
        AotCache archive = AotCache.of(17, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
        assertTrue(archive.recording());
        List<String> record = archive.begin();
        String crashReports = "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "gazette-jvm-crash-") + "%p.log";
        List<String> vmOutput = List.of("-XX:+DisplayVMOutputToStderr", "-XX:-CreateCoredumpOnCrash");
        assertTrue(record.get(0).startsWith("-XX:ArchiveClassesAtExit=" + folder), record.toString());
        assertEquals("-Xlog:cds*=off", record.get(1), "Java 17 warns of every class it leaves out: " + record);
        assertEquals(crashReports, record.get(2), "a crash as it writes the archive reports into the temp folder: " + record);
        assertEquals(vmOutput, record.subList(3, 5), "the JVM's own words go to stderr, and no core file is left: " + record);
        assertEquals(5, record.size(), record.toString());

        Files.write(archive.file(), new byte[1]);
        AotCache made = AotCache.of(17, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
        List<String> use = made.begin();
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file(), "-Xlog:cds*=off"), use.subList(0, 2));
        assertTrue(use.get(2).matches("-Xlog:cds\\*=warning:file=\".*gazette-aot-[0-9]+-[0-9]+\\.log\"::filecount=0"),
                "Java 17 only warns of an archive it cannot use: " + use);
        assertEquals(crashReports, use.get(3), "a crash on a damaged archive reports into the temp folder, not the newsroom: " + use);
        assertEquals(vmOutput, use.subList(4, 6), use.toString());

        // Only a crash report tells a crash from a kill (the OOM killer, a user's), which must not cost the archive.
        long pid = ProcessHandle.current().pid() + 1_000_000;
        Path report = AotCache.crashReport(AotCache.CRASH, pid);
        assertFalse(made.crashedStartingFrom(pid), "killed, not crashed: no report");
        Files.write(report, new byte[] {1});
        try {
            assertTrue(made.crashedStartingFrom(pid));
            assertFalse(archive.crashedStartingFrom(pid), "a recording run did not start from the archive");
            AotCache aot = AotCache.of(25, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
            Files.write(aot.file(), new byte[1]);
            AotCache usedAot = AotCache.of(25, true, JVM, gazette.toString(), FLAGS, folder).orElseThrow();
            usedAot.begin();
            assertFalse(usedAot.crashedStartingFrom(pid), "Java 25 checks its cache and goes on without it");
        } finally {
            Files.delete(report);
        }
    }

    private static String kind(AotCache cache) {
        String name = cache.file().getFileName().toString();
        return name.substring(0, name.indexOf('-'));
    }

    @Test
    void theTunedJvmGetsAnAbsoluteClassPath() {
        String relative = "lib/a.jar" + File.pathSeparator + "./b.jar";
        assertEquals(Path.of("lib/a.jar").toAbsolutePath() + File.pathSeparator + Path.of("b.jar").toAbsolutePath(),
                TunedJvm.absolute(relative), "the same jars from any folder, as an AOT cache records them");
    }

    @Test
    void keptInTheUsersCacheFolder() {
        assertEquals(Path.of("/x/cache", "gazette", "aot"), AotCache.folder(Map.of("XDG_CACHE_HOME", "/x/cache")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "gazette", "aot"), AotCache.folder(Map.of()));
        assertEquals(AotCache.folder(Map.of()), AotCache.folder(Map.of("XDG_CACHE_HOME", "relative/cache")),
                "a relative XDG_CACHE_HOME is ignored, as the XDG spec says");
    }

    private static final String ARCHIVE = "class-data archive";
    private static final String AOT = "AOT cache";

    /**
     * A Java to build with: its {@code java}, what its cache is, the option and line that show the cache
     * opened, and whether it crashes on a damaged cache (Java 17), does not (Java 25, which says so in
     * its log), or is not known to (null).
     */
    private record Jvm(Path java, String kind, String extension, String showCache, String opened, Boolean crashesOnDamage) {
    }

    /**
     * The Java whose cache is {@code kind}: this JVM's own when it is older than 25 (the project's Java
     * 17) for an archive, Java 25 for an AOT cache; the test is skipped when there is none.
     */
    private static Jvm javaWith(String kind) throws IOException {
        int feature = Runtime.version().feature();
        if (kind.equals(ARCHIVE)) {
            Assumptions.assumeTrue(feature < AotCache.FIRST_JAVA, "this JVM is Java 25 or later: its cache is the AOT cache");
            return new Jvm(Path.of(System.getProperty("java.home"), "bin", "java"), ARCHIVE, ".jsa", "-Xlog:cds=info",
                    "Opened archive ", feature == 17 ? Boolean.TRUE : null);
        }
        Optional<Path> java25 = java25();
        Assumptions.assumeTrue(java25.isPresent(), "no Java 25 on this machine (set GAZETTE_JAVA25 to its java)");
        return new Jvm(java25.get(), AOT, ".aot", "-Xlog:aot=info", "Opened AOT cache ", Boolean.FALSE);
    }

    /**
     * Java 25 or later on this machine ({@code GAZETTE_JAVA25}, else the newest under /usr/lib/jvm):
     * the project's machines have Temurin 25 beside the default Java 17.
     */
    private static Optional<Path> java25() throws IOException {
        String given = System.getenv("GAZETTE_JAVA25");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> feature(home) >= AotCache.FIRST_JAVA && Files.isExecutable(home.resolve("bin/java")))
                    .max(java.util.Comparator.comparingInt(AotCacheTest::feature).thenComparing(Path::toString))
                    .map(home -> home.resolve("bin/java"));
        }
    }

    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Integer.parseInt(line.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Gazette's classes as a jar (the JVM reads an AOT cache only for a class path of jars), then its libraries. */
    private String classPathOfJars() throws IOException {
        Path classes = Path.of("target", "classes").toAbsolutePath();
        Path jar = dir.resolve("gazette.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(classes)).sorted()::iterator) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                // Folders too: the built-in theme is found as a folder of the jar.
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        List<String> path = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                path.add(entry);
            }
        }
        return String.join(File.pathSeparator, path);
    }

    private record Run(int code, String output) {
    }

    /** The folder the next run starts in (null: this JVM's). */
    private Path workingDir;

    private Run gazette(Path java, String classPath, Path cacheHome, List<String> options, Path out)
            throws IOException, InterruptedException {
        return gazette(List.of(), java, classPath, cacheHome, options, "build", "--source", Newsrooms.basic().toString(),
                "--out", out.toString(), "--now", Newsrooms.NOW.toString());
    }

    /** Runs Gazette's Main on {@code java}, after {@code prefix} (a shell that limits it), with the cache home given. */
    private Run gazette(List<String> prefix, Path java, String classPath, Path cacheHome, List<String> options, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java.toString(), "-Xmx512m"));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).directory(workingDir == null ? null : workingDir.toFile());
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not end in 180 s");
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ARCHIVE, AOT})
    void aRecordingThatCannotBeWrittenDoesNotTurnABuiltSiteIntoAFailure(String kind) throws Exception {
        Jvm java = javaWith(kind);
        Path cacheHome = dir.resolve("full-home");
        // Files of at most 10 MB, as on a disk that is nearly full: the JVM's recording (15 MB and more)
        // fails as it exits, after Gazette has built the site and ended with 0.
        Run run = gazette(List.of("bash", "-c", "ulimit -f 10240 && exec \"$0\" \"$@\""), java.java(), classPathOfJars(),
                cacheHome, List.of(), "build", "--source", Newsrooms.basic().toString(), "--out", dir.resolve("site").toString(),
                "--now", Newsrooms.NOW.toString());
        assertEquals(0, run.code(), "the site was built:\n" + run.output());
        assertTrue(run.output().contains("Built "), run.output());
        assertFalse(run.output().contains("made Java's"), run.output());
        assertTrue(run.output().contains("gazette: could not make Java's " + java.kind() + " (the site is built); the next build tries again"),
                run.output());
        assertEquals(List.of(), files(cacheHome.resolve("gazette/aot")), "no cache, no recording left");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /**
     * An archive is kept only once a JVM has mapped it: Java 17 crashes on one cut short (its JVM
     * killed as it wrote it) rather than go on without it, and may leave a part of one behind.
     */
    @Test
    void anArchiveJavaCannotMapIsNeverKept() throws Exception {
        Jvm java = javaWith(ARCHIVE);
        String classPath = classPathOfJars();
        Path folder = dir.resolve("cache");
        AotCache archive = AotCache.of(Runtime.version().feature(), true, JVM, classPath, FLAGS, folder).orElseThrow();
        // A real archive of Gazette's classes, written as a recording build's JVM writes it.
        List<String> recordingOptions = archive.begin();
        Path recording = Path.of(recordingOptions.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        List<String> java17 = new ArrayList<>(List.of(java.java().toString()));
        java17.addAll(FLAGS);
        List<String> dumpCommand = new ArrayList<>(java17);
        dumpCommand.addAll(recordingOptions);
        dumpCommand.addAll(List.of("-cp", classPath, Main.class.getName(), "--version"));
        Process dump = new ProcessBuilder(dumpCommand)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, dump.waitFor());
        byte[] whole = Files.readAllBytes(recording);
        assertTrue(whole.length > 100_000, "an archive of Gazette's classes: " + whole.length + " bytes");
        for (byte[] damaged : List.of(Arrays.copyOf(whole, whole.length / 3), "not an archive".getBytes(StandardCharsets.UTF_8))) {
            recording.toFile().setWritable(true);
            Files.write(recording, damaged);
            assertFalse(archive.make(java17, classPath), "not made from " + damaged.length + " bytes");
            assertEquals(List.of(), files(folder), "neither kept nor left behind");
        }
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertEquals(List.of(), temp.filter(f -> f.getFileName().toString().startsWith("gazette-archive-check-")).toList(),
                    "the trying JVM's crash reports are deleted");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ARCHIVE, AOT})
    void makesTheCacheOnceUsesItAndReplacesItForANewJar(String kind) throws Exception {
        Jvm jvm = javaWith(kind);
        Path java = jvm.java();
        String classPath = classPathOfJars();
        Path cacheHome = dir.resolve("cache-home");
        Path folder = cacheHome.resolve("gazette/aot");

        Run help = gazette(List.of(), java, classPath, cacheHome, List.of(), "build", "--help");
        assertEquals(0, help.code(), help.output());
        assertFalse(Files.exists(folder), "help loads too little of Gazette to make a cache of:\n" + help.output());
        assertFalse(help.output().contains("AOTConfiguration"), "nor records anything:\n" + help.output());
        Run check = gazette(List.of(), java, classPath, cacheHome, List.of(), "check", "--source",
                Newsrooms.basic().toString(), "--now", Newsrooms.NOW.toString());
        assertEquals(0, check.code(), check.output());
        assertFalse(check.output().contains("AOTConfiguration"),
                "check starts from a cache a build made, but does not record (nor pay for recording):\n" + check.output());
        assertTrue(!Files.exists(folder) || files(folder).isEmpty(), files(folder).toString());
        Files.createDirectories(folder);

        // Caches of other kinds (other jars, Javas, options), the least recently used first, and the
        // recording of a build whose process is gone.
        List<Path> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path other = Files.write(folder.resolve("0000000" + i + "-00000000" + jvm.extension()), new byte[] {1});
            Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - (4 - i) * 86_400_000L));
            others.add(other);
        }
        Files.write(folder.resolve("0000000f-00000000.2147483646.recording"), new byte[] {1});

        Run first = gazette(java, classPath, cacheHome, List.of(), dir.resolve("site1"));
        assertEquals(0, first.code(), first.output());
        assertTrue(first.output().contains("made Java's " + jvm.kind() + " for the next builds"), first.output());
        List<Path> made = files(folder).stream().filter(f -> !others.contains(f)).toList();
        assertEquals(1, made.size(), "one cache, no recording left: " + files(folder));
        assertTrue(made.get(0).toString().endsWith(jvm.extension()) && Files.size(made.get(0)) > 1_000_000, made.toString());
        assertEquals(List.of(others.get(2), others.get(3), made.get(0)), files(folder),
                "the three most recently used caches are kept, the dead build's recording is gone");
        others.forEach(AotCacheTest::deleteQuietly);

        Run second = gazette(java, classPath, cacheHome, List.of(jvm.showCache(), "-Xlog:class+load=info"), dir.resolve("site2"));
        assertEquals(0, second.code(), second.output());
        assertTrue(second.output().contains(jvm.opened() + made.get(0)),
                "the tuned JVM starts from the cache (the user's " + jvm.showCache() + " shows it):\n" + second.output());
        // picocli's own jar is compiled for Java 5, whose classes no cache holds: the build compiles it
        // for Java 17, so that its classes load from the cache like Gazette's.
        for (String archived : List.of("picocli.CommandLine", "picocli.CommandLine$Model$CommandSpec", "org.gazette.cli.BuildCommand")) {
            assertTrue(second.output().contains(archived + " source: shared objects file"), archived + " from the cache");
        }
        assertFalse(second.output().contains("made Java's"), second.output());
        assertEquals(made, files(folder));
        try (Stream<Path> pages = Files.walk(dir.resolve("site1"))) {
            for (Path page : (Iterable<Path>) pages.filter(Files::isRegularFile)::iterator) {
                assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(dir.resolve("site2").resolve(dir.resolve("site1").relativize(page))),
                        "the same site with the cache as without: " + page);
            }
        }

        // The same jars named relative to the folder a build starts in: the same cache, which fits.
        String relative = String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .map(e -> dir.relativize(Path.of(e)).toString()).toList());
        workingDir = dir;
        Run fromHere = gazette(java, relative, cacheHome, List.of(), dir.resolve("site-relative"));
        workingDir = null;
        assertEquals(0, fromHere.code(), fromHere.output());
        assertFalse(fromHere.output().contains("made Java's"), fromHere.output());
        assertEquals(made, files(folder), "kept: the tuned JVM was given the jars as absolute paths");

        Run upToDate = gazette(java, classPath, dir.resolve("other-home"), List.of(), dir.resolve("site1"));
        assertEquals(0, upToDate.code(), upToDate.output());
        assertTrue(upToDate.output().contains("is up to date"), upToDate.output());
        assertFalse(Files.exists(dir.resolve("other-home/gazette/aot")) && !files(dir.resolve("other-home/gazette/aot")).isEmpty(),
                "an up-to-date site loads too little to make a cache of");
        // A build at another clock records site2's pages; the next one, at yet another, keeps every page.
        Run recording = gazette(List.of(), java, classPath, cacheHome, List.of(), "build", "--source",
                Newsrooms.basic().toString(), "--out", dir.resolve("site2").toString(), "--now", Newsrooms.NOW.plusSeconds(60).toString());
        assertEquals(0, recording.code(), recording.output());
        Run keptAll = gazette(List.of(), java, classPath, dir.resolve("kept-home"), List.of(), "build", "--source",
                Newsrooms.basic().toString(), "--out", dir.resolve("site2").toString(), "--now", Newsrooms.NOW.plusSeconds(120).toString());
        assertEquals(0, keptAll.code(), keptAll.output());
        assertTrue(keptAll.output().contains("(0 rendered, "), keptAll.output());
        assertFalse(Files.exists(dir.resolve("kept-home/gazette/aot")) && !files(dir.resolve("kept-home/gazette/aot")).isEmpty(),
                "a build that renders no page loads too little of the template engine to make a cache of");

        Path jar = Path.of(classPath.split(File.pathSeparator)[0]);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run rebuilt = gazette(java, classPath, cacheHome, List.of(), dir.resolve("site3"));
        assertEquals(0, rebuilt.code(), rebuilt.output());
        assertTrue(rebuilt.output().contains("made Java's"), "a jar made again records again:\n" + rebuilt.output());
        List<Path> replaced = files(folder);
        assertEquals(1, replaced.size(), "the new cache replaced the old: " + replaced);
        assertNotEquals(made, replaced);

        // A cache the JVM cannot use (cut short) is deleted after the run that found it so, and made again.
        // (Java 25 says so in its log; Java 17 crashes as it starts, which the first JVM tells.)
        byte[] whole = Files.readAllBytes(replaced.get(0));
        replaced.get(0).toFile().setWritable(true); // Java 17 writes its archive read-only
        Files.write(replaced.get(0), Arrays.copyOf(whole, whole.length / 3));
        Path newsroomFolder = Files.createDirectories(dir.resolve("started-here"));
        workingDir = newsroomFolder;
        Run cut = gazette(java, classPath, cacheHome, List.of(), dir.resolve("site4"));
        workingDir = null;
        assertEquals(List.of(), files(newsroomFolder), "no crash report or core file where the build was started");
        assertEquals(0, cut.code(), "the build goes on without it:\n" + cut.output());
        assertTrue(cut.output().contains("Built "), cut.output());
        assertEquals(List.of(), files(folder), "the unusable cache and the run's log are gone");
        Matcher crash = Pattern.compile("Java's report: (\\S+\\.log)\\)").matcher(cut.output());
        boolean crashed = crash.find();
        if (jvm.crashesOnDamage() != null) {
            assertEquals(jvm.crashesOnDamage(), crashed, "Java 17 crashes on a cache cut short, Java 25 says so in its log:\n"
                    + cut.output());
        }
        if (crashed) {
            assertTrue(cut.output().contains("gazette: Java crashed as it started from its " + jvm.kind() + " " + replaced.get(0)
                    + ", which is now deleted"), cut.output());
            assertTrue(Files.deleteIfExists(Path.of(crash.group(1))), "the JVM's report is in the temp folder: " + crash.group(1));
        }
        Run again = gazette(java, classPath, cacheHome, List.of(), dir.resolve("site5"));
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("made Java's"), again.output());
        assertEquals(replaced, files(folder));
    }
}
