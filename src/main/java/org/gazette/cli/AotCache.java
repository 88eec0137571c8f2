package org.gazette.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.gazette.io.AtomicFiles;

/**
 * The tuned JVM's start-up cache. On Java 25 and later it is the ahead-of-time cache (JEP 483 and
 * 515): the classes a build loads, already parsed and linked, and the profiles of its methods; on
 * earlier Javas, a dynamic class-data sharing archive (JEP 350) of the classes a build loads,
 * parsed. Made once per Java, Gazette jar and JVM flags: the first {@code build} or {@code rank} that
 * renders a site runs in the JVM's recording mode, and once it has ended the first JVM makes the
 * cache from that recording (Java 25: a second or two, in a JVM of its own, its output dropped;
 * before, the build's JVM writes the archive as it exits, and a JVM of its own tries it); every later
 * run starts from it. A cold 10,000-article build on Java 25 takes 0.5–0.9 s less with it; on Java 17
 * a build of the demo newsroom 0.2 s less and one of 1,000 articles 0.1–0.2 s (figures in the README,
 * Building any newsroom). An archive is made only by a JVM that maps Java's own (a JDK without one,
 * or options that turn it off, refuse to write one).
 *
 * <p>The JVM checks the cache against its own version, flags and class path, and runs without it
 * (told not to say so) when they differ; the cache's name holds them too, so a changed jar or Java
 * gets a new cache rather than a refused one, which replaces the old one of its kind, and only the
 * {@link #KEPT} most recently used caches are kept. Java reads such a cache only from a class path of
 * jar files, so a class path with a folder (Gazette run from its classes, in tests) has none.
 */
final class AotCache {
    /** A system property that leaves the cache out, for a JVM option list (the pom's demo build: a new jar each time). */
    static final String OFF = "-Dgazette.aot=off";
    /** How many caches are kept (the most recently used): one per Java, jar path and JVM options, about 40 MB each. */
    static final int KEPT = 3;
    /** The first Java whose AOT cache holds method profiles beside linked classes: from it on, that cache, before it an archive. */
    static final int FIRST_JAVA = 25;
    /** Options of the user's that decide about the JVM's archives: Gazette leaves them alone. */
    private static final List<String> USERS_OWN = List.of("-XX:AOT", "-XX:SharedArchiveFile", "-Xshare",
            "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-XX:+AutoCreateSharedArchive", OFF);

    /**
     * The two kinds of cache: what the build's messages call them, their files' extension, the option
     * that starts a JVM from one, the logging that keeps the JVM quiet about it (skipped classes, a
     * cache made for other jars: not the editor's business; Java 17 warns, as it writes an archive, of
     * every class it leaves out), and the logging that tells that one does not fit: Java 25 says so as
     * errors, Java 17 only warns and goes on without it.
     */
    private record Kind(String title, String extension, String use, String quiet, String unfit) {
        static final Kind AOT = new Kind("AOT cache", ".aot", "-XX:AOTCache=", "-Xlog:aot=off", "aot=error");
        static final Kind ARCHIVE = new Kind("class-data archive", ".jsa", "-XX:SharedArchiveFile=", "-Xlog:cds*=off", "cds*=warning");
        static final List<Kind> ALL = List.of(AOT, ARCHIVE);
    }

    /**
     * For every JVM that writes, tries or starts from a class-data archive: what the JVM itself says
     * (that it could not write the archive, a crash's banner) goes to stderr, as Java 25's does with
     * its cache, not into the command's output; and a crash leaves no core file in the newsroom.
     */
    private static final List<String> ARCHIVE_JVM = List.of("-XX:+DisplayVMOutputToStderr", "-XX:-CreateCoredumpOnCrash");
    /** Names of crash reports ({@link #crashReport}): of a build's JVM, and of the JVM that tries a new archive. */
    static final String CRASH = "jvm-crash";
    private static final String CHECK = "archive-check";

    private final Path cache;
    private final Path recording;
    private final boolean records;
    private final Kind kind;
    /**
     * Where the tuned JVM writes its errors on the cache (a cache it cannot use is deleted, to be made
     * again): a new file in the temp folder, which the relaunch needs writable anyway, as the cache's
     * folder may not be (another user's); null when there is none.
     */
    private Path log;
    /** The cache file the run started from (its file key), so that only that one is deleted if unusable. */
    private Object started;

    private AotCache(Path cache, Path recording, Kind kind) {
        this.cache = cache;
        this.recording = recording;
        this.records = !Files.isRegularFile(cache);
        this.kind = kind;
    }

    /**
     * The cache of a tuned JVM (an AOT cache from Java {@link #FIRST_JAVA} on, before it a class-data
     * archive), or empty when there is none to use or make: a class path that is not all jar files,
     * options of the user's that choose archives, or no folder for it.
     *
     * @param javaVersion the running JVM's feature version ({@code Runtime.version().feature()})
     * @param sharing     whether the running JVM maps Java's own class-data archive ({@code java.vm.info}
     *                    says "sharing"): before Java 25 a JVM that does not refuses to start when
     *                    asked to write an archive of its own
     * @param jvm         what tells one JVM from another: its home and full version
     * @param classPath   the tuned JVM's class path, entries absolute ({@link TunedJvm#absolute})
     * @param flags       every option the tuned JVM starts with (Gazette's and the user's)
     * @param folder      where caches are kept ({@link #folder(Map)}), or null
     */
    static Optional<AotCache> of(int javaVersion, boolean sharing, String jvm, String classPath, List<String> flags,
                                 Path folder) {
        Kind kind = javaVersion >= FIRST_JAVA ? Kind.AOT : Kind.ARCHIVE;
        if (folder == null || classPath.isEmpty() || !plain(folder.toString()) || kind == Kind.ARCHIVE && !sharing
                || flags.stream().anyMatch(f -> USERS_OWN.stream().anyMatch(f::startsWith))) {
            return Optional.empty();
        }
        // The name: which JVM, jars and flags (one cache each, the older replaced), then the jars' sizes and times.
        StringBuilder which = new StringBuilder(jvm).append('\n');
        flags.stream().filter(AotCache::shapesCache).forEach(f -> which.append(f).append('\n'));
        StringBuilder version = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (!attributes.isRegularFile() || !entry.endsWith(".jar")) {
                return Optional.empty();
            }
            which.append(jar).append('\n');
            version.append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis()).append('\n');
        }
        String name = hex(which) + "-" + hex(version);
        try {
            Files.createDirectories(folder); // the JVM writes its recording only into a folder that is there
        } catch (IOException e) {
            return Optional.empty();
        }
        // A recording's name holds its process id, so that a later run can tell that of a killed one.
        return Optional.of(new AotCache(folder.resolve(name + kind.extension()),
                folder.resolve(name + "." + ProcessHandle.current().pid() + ".recording"), kind));
    }

    /**
     * Where caches are kept: {@code gazette/aot} in the user's cache folder ({@code XDG_CACHE_HOME},
     * else {@code ~/.cache}), or null when there is no home to tell.
     */
    static Path folder(Map<String, String> env) {
        String base = env.get("XDG_CACHE_HOME");
        if (base == null || base.isBlank() || !Path.of(base).isAbsolute()) { // a relative one is to be ignored (XDG)
            String home = System.getProperty("user.home");
            if (home == null || home.isBlank() || home.equals("?")) {
                return null;
            }
            base = Path.of(home, ".cache").toString();
        }
        return Path.of(base, "gazette", "aot");
    }

    /** The cache file (there or yet to be made). */
    Path file() {
        return cache;
    }

    /** What the cache is, as the build's messages name it. */
    String kind() {
        return kind.title();
    }

    /**
     * Where the crash report of the JVM of process {@code pid} goes when it starts from a class-data
     * archive ({@code name} of the JVM that tries one): the temp folder, not the newsroom's.
     */
    static Path crashReport(String name, long pid) {
        return Path.of(crashReportStem(name) + pid + ".log");
    }

    /** The option that sends a JVM's crash report to {@link #crashReport} (the JVM fills in {@code %p}). */
    private static String errorFile(String name) {
        return "-XX:ErrorFile=" + crashReportStem(name).replace("%", "%%") + "%p.log";
    }

    private static String crashReportStem(String name) {
        return Path.of(System.getProperty("java.io.tmpdir"), "gazette-" + name + "-").toString();
    }

    /** True when this build records for the cache rather than starting from it. */
    boolean recording() {
        return records;
    }

    /**
     * Begins the tuned JVM's run: the options that give it the cache (marked as used now, for
     * {@link #KEPT}), or have it record what the cache will hold. Called once a run.
     */
    List<String> begin() {
        if (recording()) {
            // The JVM says "AOTConfiguration recorded" as it exits: on stderr, not in the output of the command.
            if (kind == Kind.AOT) {
                return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + recording, kind.quiet(), "-XX:+DisplayVMOutputToStderr");
            }
            List<String> options = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + recording, kind.quiet(), errorFile(CRASH)));
            options.addAll(ARCHIVE_JVM);
            return options;
        }
        try {
            started = Files.readAttributes(cache, BasicFileAttributes.class).fileKey();
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // it may then be deleted before others, or not when unusable: it is made again when needed
        }
        try {
            log = TempFiles.create("gazette-aot-", ".log");
        } catch (IOException e) {
            log = null;
        }
        if (log != null && !plain(log.toString())) {
            deleteQuietly(log);
            log = null;
        }
        List<String> options = new ArrayList<>(List.of(kind.use() + cache, kind.quiet()));
        if (log != null) {
            options.add("-Xlog:" + kind.unfit() + ":file=\"" + log + "\"::filecount=0");
        }
        if (kind == Kind.ARCHIVE) {
            // Java 17 crashes on a damaged archive: its report goes to the temp folder, not the newsroom's.
            options.add(errorFile(CRASH));
            options.addAll(ARCHIVE_JVM);
        }
        return options;
    }

    /**
     * Whether an option may change what the cache holds: logging and system properties do not (and a
     * {@code -D} that differs per build would otherwise make a cache per build); any other option may.
     */
    private static boolean shapesCache(String option) {
        return !option.startsWith("-Xlog") && !option.startsWith("-D");
    }

    /**
     * Whether the JVM takes {@code path} as one file name in its options: it splits AOT paths at
     * {@code :}, cannot quote a {@code "} in a log's name, and fills in {@code %p} and {@code %t} there.
     */
    private static boolean plain(String path) {
        return path.chars().noneMatch(c -> c == ':' || c == '"' || c == '%' || c == ',');
    }

    /**
     * After a recording build: makes the cache from the recording, in a JVM started with {@code command}
     * (java and the tuned JVM's flags), and replaces older caches of the same JVM, jars and flags.
     * A class-data archive is the recording itself, which that JVM only tries: Java 17 crashes on an
     * archive cut short (a build's JVM killed as it wrote it) rather than go on without it. True when it
     * was made; a failure leaves no file behind, and the next build records again.
     */
    boolean make(List<String> command, String classPath) {
        if (!Files.isRegularFile(recording)) {
            return false;
        }
        Path made = kind == Kind.AOT ? recording.resolveSibling(recording.getFileName() + kind.extension()) : recording;
        // The tuned JVM's flags, without the user's logging (a -Xlog:gc file of theirs) and properties.
        List<String> create = new ArrayList<>(command.stream().filter(AotCache::shapesCache).toList());
        Path crashReport = null;
        if (kind == Kind.AOT) {
            create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + recording, kind.use() + made, kind.quiet(),
                    "-cp", classPath));
        } else {
            // -Xshare:on: an archive the JVM cannot map is an error, not a run without it.
            create.addAll(List.of("-Xshare:on", kind.use() + recording, kind.quiet(), errorFile(CHECK)));
            create.addAll(ARCHIVE_JVM);
            create.addAll(List.of("-cp", classPath, "-version"));
        }
        try {
            Process process = new ProcessBuilder(create).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            crashReport = kind == Kind.AOT ? null : crashReport(CHECK, process.pid());
            if (process.waitFor() != 0 || !Files.isRegularFile(made)) {
                return false;
            }
            AtomicFiles.replace(made, cache);
            removeOlder();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            deleteQuietly(recording);
            deleteQuietly(made);
            if (crashReport != null) {
                deleteQuietly(crashReport);
            }
        }
    }

    /** Deletes a recording left by a build that did not reach {@link #make} (stopped, or the JVM refused). */
    void dropRecording() {
        deleteQuietly(recording);
        if (log != null) {
            deleteQuietly(log);
        }
    }

    /**
     * After a run that started from the cache: deletes the cache if the JVM could not use it (cut short,
     * damaged, made by a JVM that differs in a way its name does not tell), so that the next run makes
     * it again rather than every run going without. True if it was deleted.
     */
    boolean dropIfUnusable() {
        if (log == null) {
            return false;
        }
        try {
            // The log holds only what tells that the cache does not fit (Kind#unfit).
            return !Files.readString(log).isBlank() && dropStarted();
        } catch (IOException e) {
            return false;
        } finally {
            deleteQuietly(log);
        }
    }

    /**
     * Whether the tuned JVM of process {@code pid}, which started from this class-data archive, crashed:
     * its crash report is there (Java 17 crashes on a damaged archive). Not for a JVM that was killed,
     * which leaves none, nor for an AOT cache, which Java 25 checks and goes on without.
     */
    boolean crashedStartingFrom(long pid) {
        return kind == Kind.ARCHIVE && !records && Files.exists(crashReport(CRASH, pid));
    }

    /**
     * Deletes the cache this run started from, whatever its JVM's log says (see {@link #crashedStartingFrom}).
     * True if it was deleted.
     */
    boolean dropStarted() {
        try {
            // Only the file this run started from: another run may have made a new one meanwhile.
            return started != null && started.equals(Files.readAttributes(cache, BasicFileAttributes.class).fileKey())
                    && Files.deleteIfExists(cache);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes the caches of the same JVM, jars and flags made for older jars or Javas, all but the
     * {@link #KEPT} most recently used others, and the recordings of runs whose process is gone
     * (killed before they could delete theirs).
     */
    private void removeOlder() throws IOException {
        String name = cache.getFileName().toString();
        String sameKind = name.substring(0, name.indexOf('-') + 1);
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cache.getParent())) {
            for (Path other : files) {
                String file = other.getFileName().toString();
                String[] parts = file.split("\\.");
                if (parts.length > 2) { // a run's own file: <name>.<pid>.recording, and .recording.aot
                    if (!running(parts[1])) {
                        deleteQuietly(other);
                    }
                } else if (Kind.ALL.stream().anyMatch(k -> file.endsWith(k.extension())) && !other.equals(cache)) {
                    if (file.startsWith(sameKind)) {
                        deleteQuietly(other);
                    } else {
                        others.add(other);
                    }
                }
            }
        }
        others.sort(Comparator.comparing(AotCache::lastUsed).reversed());
        others.stream().skip(KEPT - 1).forEach(AotCache::deleteQuietly);
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Whether the process of this id (a recording's name holds it) still runs. */
    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a name Gazette gave: leave it
        }
    }

    /** Deletes a file if it is there; an I/O error leaves it (a leftover costs only disk, and is cleaned later). */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // see above
        }
    }

    private static String hex(CharSequence text) {
        CRC32C crc = new CRC32C();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
