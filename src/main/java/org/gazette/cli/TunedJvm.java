package org.gazette.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs {@code gazette build} in a JVM with shallower JIT inlining and the parallel collector. A
 * build runs a lot of code (YAML, Markdown, Freemarker, pictures, feeds) hot for seconds, not hours:
 * with the default inlining the C2 compiler spent about half of a cold 10,000-article build's CPU
 * compiling it, and the default collector's concurrent work competes with the build for the cores;
 * these settings make builds faster (figures in the README, Speed and scale). A JVM's own flags
 * cannot change once it runs, so the build starts a second JVM, on the same Java and class path
 * with the same options, and passes on its exit code; the first one only waits (about 0.1 s of
 * start-up).
 *
 * <p>Nothing is started again when the JVM was given {@code -XX:MaxInlineLevel} (the second JVM
 * is, and so is anyone who wants the JIT's defaults: {@code java -XX:MaxInlineLevel=15 -jar …}) or
 * an agent (a debugger or profiler attached to this JVM would otherwise start twice).
 */
final class TunedJvm {
    static final List<String> FLAGS = List.of("-XX:MaxInlineLevel=5", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=500");
    /**
     * The throughput collector: on two cores G1's concurrent threads and write barriers took CPU from
     * the build, and it needs no more heap (figures in the README, Speed and scale).
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";

    private TunedJvm() {
    }

    /**
     * Options that keep the build in this JVM: inlining chosen by hand (the tuned JVM has it too), and
     * agents, which belong to the JVM they were started with: a debugger's port, a profiler's file.
     */
    private static boolean keepsThisJvm(String option) {
        return option.startsWith("-XX:MaxInlineLevel") || option.startsWith("-agentlib:") || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:") || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug");
    }

    /**
     * The options that choose a collector (the JVM refuses two). Named one by one: tuning options such
     * as {@code -XX:+UseAdaptiveSizePolicyWithSystemGC} also end in "GC" and choose nothing.
     */
    private static final Set<String> COLLECTORS = Set.of("-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC",
            "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

    private static boolean choosesCollector(String option) {
        return COLLECTORS.contains(option);
    }

    /** The exit code of {@code args} run in a tuned JVM, or empty when this JVM is to run them itself. */
    static OptionalInt run(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return OptionalInt.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path", "");
        if (options.stream().anyMatch(TunedJvm::keepsThisJvm) || java.isEmpty() || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(FLAGS);
        if (options.stream().noneMatch(TunedJvm::choosesCollector)) {
            command.add(COLLECTOR); // one collector only: the JVM refuses two
        }
        command.addAll(options); // after ours: what the user gave wins
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
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(build.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.FAILED);
        }
    }
}
