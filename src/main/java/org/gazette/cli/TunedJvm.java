package org.gazette.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code gazette build}, {@code rank} and {@code check} (each reads or renders a whole site) in a JVM with
 * shallower JIT inlining and the parallel collector, and for
 * a newsroom of fewer than {@link #C1_ONLY_BELOW} articles with the C1 compiler alone and, with that
 * collector, a small young generation whose survivors are not copied again ({@link #NO_TENURING}; from that
 * size on, with its whole heap from the start: {@link #WHOLE_HEAP}). A
 * build runs a lot of code (YAML, Markdown, Freemarker, pictures, feeds) hot for seconds, not hours:
 * with the default inlining the C2 compiler spent about half of a cold 10,000-article build's CPU
 * compiling it, and the default collector's concurrent work competes with the build for the cores;
 * these settings make builds faster (figures in the README, Speed and scale). A JVM's own flags
 * cannot change once it runs, so the build starts a second JVM, on the same Java and class path
 * with the same options, and passes on its exit code; the first one only waits (about 0.1 s of
 * start-up), and builds itself when the second refused to start.
 *
 * <p>The tuned JVM also starts from Java's start-up cache ({@link AotCache}): an AOT cache on Java 25
 * and later, a class-data archive before.
 *
 * <p>Nothing is started again from the second JVM (it is given {@link #STARTED}), nor when the JVM
 * was given {@code -XX:MaxInlineLevel} (anyone who wants the JIT's defaults:
 * {@code java -XX:MaxInlineLevel=15 -jar …}) or an agent (a debugger or profiler attached to this
 * JVM would otherwise start twice).
 */
final class TunedJvm {
    /**
     * The commands that read and render a whole site (check in memory, then parses every page for its
     * links): seconds to minutes of much code running hot briefly.
     */
    static final Set<String> TUNED_COMMANDS = Set.of("build", "rank", "check");
    /** The commands whose run an AOT cache is made from when there is none: those that write a site. */
    private static final Set<String> RECORDING_COMMANDS = Set.of("build", "rank");
    /** C2's inlining, shallower (C1 has inlining limits of its own, which these leave alone). */
    static final List<String> FLAGS = List.of("-XX:MaxInlineLevel=5", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=500");
    /**
     * The throughput collector: on two cores G1's concurrent threads and write barriers took CPU from
     * the build, and it needs no more heap (figures in the README, Speed and scale).
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";
    /**
     * Below this many articles only C1 compiles: the build ends before C2's compilations pay off.
     * Compiling took 11.4 of a cold 10,000-article build's 21 CPU-seconds, 8.4 of them C2's
     * ({@code -XX:+CITime}); C1 alone made that build 13% faster and a 1,000-article one 25%; at
     * 20,000 the two were even, at 30,000 C2 was ahead (figures in the README, Speed and scale).
     */
    static final int C1_ONLY_BELOW = 20_000;
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * From {@link #C1_ONLY_BELOW} articles on, the heap starts at its maximum ({@code -Xms}): the
     * parallel collector otherwise starts it small and grows it as the build goes, collecting the
     * young generation far more often on the way and the whole heap when its guess of the old
     * generation's needs falls short. 100,000 articles with {@code -Xmx2g} on Java 17: 30.3 s against
     * 31.7–32.2 s, and 32.6–33.9 s against 36.0–36.2 s earlier in the day (alternating runs); Java 25
     * the same either way. Smaller builds, and newsrooms whose size cannot be told, keep the JVM's
     * sizing: at 10,000 articles a full-size young generation would only raise peak memory. Not when
     * the user sized the initial heap ({@link #SIZES_INITIAL_HEAP}).
     */
    static final String WHOLE_HEAP = "-Xms";
    /**
     * Below {@link #C1_ONLY_BELOW} articles, with our collector: a young generation of at most
     * {@link #YOUNG_MB} MB (a quarter of the heap on a smaller one) whose survivors go straight to the
     * old generation ({@link #NO_TENURING}). A build's survivors are its content model and caches, which
     * live to its end: copying them from one survivor space to the other at every collection was most
     * of the collector's pauses, and the collector's own sizing grew the young generation to most of
     * the peak memory. Builds of 1,000 to 19,000 articles are as fast or faster with about 0.4 GB less
     * peak memory (10,000 articles with {@code -Xmx2g} on Java 17: 0.50 GB against 0.85 GB; figures in
     * the README, Speed and scale). Larger builds keep the collector's sizing: at 100,000 articles the
     * runs were within the noise. Not when the user sized the young generation or chose how objects
     * age ({@link #SIZES_YOUNG}) or the initial heap ({@link #SIZES_INITIAL_HEAP}).
     */
    static final String NO_TENURING = "-XX:MaxTenuringThreshold=0";
    /** The young generation of a small build, in MB: 40 % less peak memory than the collector's own sizing at 10,000 articles. */
    static final long YOUNG_MB = 256;
    /** Options that size the young generation or set how long objects stay in it: the user's choice. */
    private static final List<String> SIZES_YOUNG = List.of("-Xmn", "-XX:NewSize=", "-XX:MaxNewSize=", "-XX:NewRatio=",
            "-XX:MaxTenuringThreshold=", "-XX:InitialTenuringThreshold=", "-XX:+AlwaysTenure", "-XX:+NeverTenure");
    /** Options that set the initial or minimum heap: the user's choice, which ours would contradict. */
    private static final List<String> SIZES_INITIAL_HEAP = List.of("-Xms", "-XX:InitialHeapSize=", "-XX:MinHeapSize=");
    /** A heap size as the JVM reads it: bytes, or a number of k, m, g or t. */
    private static final Pattern HEAP_SIZE = Pattern.compile("([0-9]{1,18})([kKmMgGtT]?)");
    /** Options that set the maximum heap, as the JVM takes the last of them. */
    private static final List<String> SIZES_MAXIMUM_HEAP = List.of("-Xmx", "-XX:MaxHeapSize=");

    /**
     * Names a file the tuned JVM deletes as soon as it runs Gazette's code, and writes its exit code into
     * at its end ({@link #finish}). Still there and empty when that JVM has ended, it means the JVM
     * refused to start (its exit code would read as "content problems"); gone, that the JVM was stopped
     * before its end.
     */
    static final String STARTED = "gazette.tunedJvm";
    /**
     * The options that choose a collector (the JVM refuses two). Named one by one: tuning options such
     * as {@code -XX:+UseAdaptiveSizePolicyWithSystemGC} also end in "GC" and choose nothing.
     */
    private static final Set<String> COLLECTORS = Set.of("-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC",
            "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

    private TunedJvm() {
    }

    /**
     * Options that keep the build in this JVM: inlining chosen by hand (whoever wants the JIT's
     * defaults), and agents, which belong to the JVM they were started with: a debugger's port, a profiler's file.
     */
    private static boolean keepsThisJvm(String option) {
        return option.startsWith("-XX:MaxInlineLevel") || option.startsWith("-agentlib:") || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:") || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug");
    }

    /** Set in the tuned JVM once a build has rendered a site: only such a run is worth an AOT cache. */
    private static volatile boolean builtSite;

    /**
     * Tells the tuned JVM's first JVM that this run rendered pages ({@code build} or {@code rank}): not help,
     * an up-to-date site, a run that kept every page as published (it loads little of the template
     * engine to learn from), or a failure.
     */
    static void builtSite() {
        builtSite = true;
    }

    /**
     * In the tuned JVM, the last thing before it exits: writes its exit code (and whether it built a
     * site) into the marker for the first JVM, which passes that code on rather than the process's, as
     * the JVM can still fail after Gazette has ended (writing its AOT recording to a full disk).
     */
    static void finish(int code) {
        String marker = System.getProperty(STARTED);
        if (marker != null) {
            try {
                Files.writeString(Path.of(marker), code + (builtSite ? " built" : ""));
            } catch (IOException e) {
                // the first JVM then passes the process's exit code on, which is this one unless the JVM fails later
            }
        }
    }

    /** The exit code of {@code args} run in a tuned JVM, or empty when this JVM is to run them itself. */
    static OptionalInt run(String[] args) {
        String marker = System.getProperty(STARTED);
        if (marker != null) { // this is the tuned JVM
            AotCache.deleteQuietly(Path.of(marker)); // tells the first JVM this one started
            return OptionalInt.empty();
        }
        if (args.length == 0 || !TUNED_COMMANDS.contains(args[0])) {
            return OptionalInt.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = absolute(System.getProperty("java.class.path", ""));
        if (options.stream().anyMatch(TunedJvm::keepsThisJvm) || java.isEmpty() || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        Path pending;
        try {
            pending = TempFiles.create("gazette-tuned-", ".pending");
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        List<String> ours = tunedFlags(args, options, C1_ONLY_BELOW, Runtime.getRuntime().maxMemory());
        List<String> jvm = new ArrayList<>();
        jvm.add(java.get());
        jvm.addAll(ours);
        jvm.addAll(options); // after ours: what the user gave wins
        // Help loads too little of Gazette to learn from, and recording would add a line of the JVM's to it.
        boolean help = List.of(args).stream().anyMatch(a -> a.equals("-h") || a.equals("--help"));
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        Optional<AotCache> aot = help ? Optional.empty() : AotCache.of(Runtime.version().feature(), sharing,
                System.getProperty("java.home") + " " + System.getProperty("java.vm.version"), classPath,
                jvm.subList(1, jvm.size()), AotCache.folder(System.getenv()))
                .filter(cache -> !cache.recording() || RECORDING_COMMANDS.contains(args[0]));
        List<String> aotOptions = aot.map(AotCache::begin).orElse(List.of());
        List<String> command = new ArrayList<>(jvm);
        // Before the user's options, so that -Xlog:aot of theirs shows what the JVM does with the cache.
        command.addAll(1 + ours.size(), aotOptions);
        command.add("-D" + STARTED + "=" + pending);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Process build;
        try {
            build = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // build here, with the defaults
        }
        // Stopped (Ctrl-C, a CI timeout): stop the build too; the next build removes what it had staged.
        Thread stop = new Thread(() -> {
            build.destroy();
            try {
                build.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            aot.ifPresent(AotCache::dropRecording);
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = build.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.FAILED);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            return OptionalInt.of(code); // shutting down: the hook stopped the build, whose code this is
        }
        // The marker: still empty if the JVM refused to start (it exits with 1 before any of Gazette's code
        // runs), gone if it was stopped before its end, else the exit code it wrote at the end.
        String ended = read(pending);
        AotCache.deleteQuietly(pending);
        if (ended != null && ended.isEmpty() && aot.isPresent() && aot.get().crashedStartingFrom(build.pid())
                && aot.get().dropStarted()) {
            // Crashed before Gazette's code ran, from an archive: Java 17 does so on a damaged one.
            // Without it the next build makes it again; this one builds here.
            System.err.println("gazette: Java crashed as it started from its " + aot.get().kind() + " " + aot.get().file()
                    + ", which is now deleted (Java's report: " + AotCache.crashReport(AotCache.CRASH, build.pid()) + ");"
                    + " building without it");
            return OptionalInt.empty();
        }
        if (ended != null && ended.isEmpty() && code == 1) {
            // An option of the user's does not go with ours (-XX:ParallelGCThreads=0 and the parallel
            // collector): build with the options this JVM started with, which it accepted.
            System.err.println("gazette: a JVM with " + String.join(" ", command.subList(1, 1 + ours.size() + aotOptions.size()))
                    + " did not start; building with this JVM's settings");
            aot.ifPresent(AotCache::dropRecording);
            return OptionalInt.empty();
        }
        int result = ended == null || ended.isEmpty() ? code : Integer.parseInt(ended.split(" ")[0]);
        boolean built = ended != null && ended.endsWith(" built");
        aot.filter(cache -> !cache.recording()).ifPresent(AotCache::dropIfUnusable);
        aot.filter(AotCache::recording).ifPresent(cache -> {
            if (result != Main.OK || !built) {
                cache.dropRecording(); // help, an up-to-date site or a failure loads too little of Gazette to learn from
                return;
            }
            long start = System.nanoTime();
            if (cache.make(jvm, classPath)) {
                System.err.printf(Locale.ROOT, "gazette: made Java's %s for the next builds in %.1f s"
                        + " (once per Java and jar): %s%n", cache.kind(), (System.nanoTime() - start) / 1e9, cache.file());
            } else {
                // Java wrote why (a full disk, say) after the build's own output; the site is built all the same.
                System.err.println("gazette: could not make Java's " + cache.kind() + " (the site is built); the next build tries again");
            }
        });
        return OptionalInt.of(result);
    }

    /**
     * The class path with every entry absolute: the same for the tuned JVM, and what an AOT cache made
     * from it records, from whatever folder the next build starts (Java refuses a cache whose relative
     * class path no longer names the jar).
     */
    static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator, -1)) {
            try {
                entries.add(entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().normalize().toString());
            } catch (InvalidPathException e) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The marker's text, or null when it is gone or cannot be read (or holds something else than Gazette wrote). */
    private static String read(Path marker) {
        try {
            String text = Files.readString(marker).strip();
            return text.isEmpty() || text.matches("[0-9]+( built)?") ? text : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The flags the tuned JVM starts with, before the user's {@code options}; {@code maxHeap} is this
     * JVM's maximum heap, for when the options set none.
     */
    static List<String> tunedFlags(String[] args, List<String> options, int c1OnlyBelow, long maxHeap) {
        List<String> ours = new ArrayList<>(FLAGS);
        Path articles = articlesOf(args);
        boolean small = countsFewer(articles, c1OnlyBelow);
        if (small) {
            ours.add(C1_ONLY);
        } else if (articles != null && !givesAny(options, SIZES_INITIAL_HEAP)) {
            ours.add(WHOLE_HEAP + wholeHeap(options, maxHeap));
        }
        if (options.stream().noneMatch(COLLECTORS::contains)) {
            ours.add(COLLECTOR); // one collector only: the JVM refuses two
            // Not beside a young generation or initial heap of the user's: -Xmn over -Xms256m makes the JVM warn.
            if (small && !givesAny(options, SIZES_YOUNG) && !givesAny(options, SIZES_INITIAL_HEAP)) {
                ours.add("-Xmn" + youngMb(options, maxHeap) + "m");
                ours.add(NO_TENURING);
            }
        }
        return ours;
    }

    /**
     * The maximum heap as an {@code -Xms} value: the user's own {@code -Xmx} (or {@code -XX:MaxHeapSize})
     * as written, the last one as the JVM takes it, so that the two are equal whatever each collector
     * rounds; else this JVM's maximum in MB (a larger {@code -Xms} than its own default maximum makes
     * the tuned JVM raise that maximum to match, rather than refuse).
     */
    private static String wholeHeap(List<String> options, long maxHeap) {
        String size = usersMaximumHeap(options);
        return size != null ? size : Math.max(1, maxHeap >> 20) + "m";
    }

    /** The user's last {@code -Xmx} (or {@code -XX:MaxHeapSize}) as written, or null. */
    private static String usersMaximumHeap(List<String> options) {
        String size = null;
        for (String option : options) {
            for (String prefix : SIZES_MAXIMUM_HEAP) {
                if (option.startsWith(prefix)) {
                    size = option.substring(prefix.length());
                }
            }
        }
        return size;
    }

    /** Whether one of {@code options} starts with one of {@code prefixes}: a setting the user made. */
    private static boolean givesAny(List<String> options, List<String> prefixes) {
        return options.stream().anyMatch(o -> prefixes.stream().anyMatch(o::startsWith));
    }

    /** The young generation for a small build: {@link #YOUNG_MB}, or a quarter of a smaller heap. */
    private static long youngMb(List<String> options, long maxHeap) {
        return Math.max(1, Math.min(YOUNG_MB, (maximumHeap(options, maxHeap) >> 20) / 4));
    }

    /**
     * The maximum heap in bytes: the user's own, as the JVM reads its size ({@code 512m}, {@code 2G},
     * {@code 3000000000}), else {@code maxHeap}, this JVM's, which its collector may report a little
     * short of the size given (the serial one leaves out a survivor space).
     */
    static long maximumHeap(List<String> options, long maxHeap) {
        String size = usersMaximumHeap(options);
        Matcher m = size == null ? null : HEAP_SIZE.matcher(size);
        if (m == null || !m.matches()) {
            return maxHeap;
        }
        int shift = switch (Character.toLowerCase(m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0))) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        long value = Long.parseLong(m.group(1));
        return value > Long.MAX_VALUE >> shift ? maxHeap : value << shift;
    }

    /**
     * The articles folder of the newsroom {@code gazette build} reads ({@code --source DIR} or
     * {@code --source=DIR}; else the current folder), or null when that cannot be told: an
     * {@code @file} of arguments may name it, or it is no path. Only a guess of the build's size rests on it: the build itself parses its options and
     * reports any mistake in them.
     */
    static Path articlesOf(String[] args) {
        String source = ".";
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("@")) {
                return null;
            }
            if (args[i].equals("--source") && i + 1 < args.length) {
                source = args[++i];
            } else if (args[i].startsWith("--source=")) {
                source = args[i].substring("--source=".length());
            }
        }
        try {
            return Path.of(source, "content", "articles");
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Whether {@code folder} holds fewer than {@code limit} Markdown files; false for a null folder.
     * Names are enough, in a JVM that has compiled nothing yet: no attributes are read for a file
     * (listing a file fails, which tells it from a folder), names with a dot are not listed (pictures
     * beside articles; article folders are years and months), and the count stops at the limit and at
     * a depth no newsroom reaches (a linked folder may lead back up). Close to what the build reads,
     * not the same: it is a guess of the build's size.
     */
    static boolean countsFewer(Path folder, int limit) {
        return folder != null && count(folder.toFile(), limit, 0, 0) < limit;
    }

    private static int count(File dir, int limit, int counted, int depth) {
        String[] names = depth > 8 ? null : dir.list();
        if (names == null) {
            return counted;
        }
        for (int i = 0; i < names.length && counted < limit; i++) {
            String name = names[i];
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(".md")) {
                counted++;
            } else if (name.indexOf('.') < 0) {
                counted = count(new File(dir, name), limit, counted, depth + 1);
            }
        }
        return counted;
    }
}
