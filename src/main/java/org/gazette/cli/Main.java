package org.gazette.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gazette <command>}: the entry point of the jar. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1",
        description = "Builds a static news site from Markdown articles and Freemarker templates.")
public final class Main {
    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    /**
     * The commands, in the order help lists them. Picocli reads a command's annotations when it is
     * added (reflection and annotation proxies, interpreted, as a JVM starts): a command line that names
     * one of them gets that one alone, 20–35 ms sooner; anything else (help, a mistake) gets them all.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    public static void main(String[] args) {
        int code = TunedJvm.run(args).orElseGet(() -> run(args));
        TunedJvm.finish(code);
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = commandLine(args);
        cli.setParameterExceptionHandler((ex, given) -> {
            // Wrong arguments, whether found while parsing or thrown by a command's call(): say what and where to look.
            java.io.PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getMessage());
            // The qualified name, so that "gazette new article" and plain "gazette" point at the right help.
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            // A bug in Gazette, not in the content: show everything a maintainer needs.
            command.getErr().println("Gazette failed unexpectedly: " + e);
            e.printStackTrace(command.getErr());
            return FAILED;
        });
        return cli.execute(args);
    }

    /** The command line for {@code args}: with the command they name alone, else with every command. */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // "help" shows the others: it needs them all.
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
        if (named != null) {
            cli.addSubcommand(args[0], named);
        } else {
            COMMANDS.forEach(cli::addSubcommand);
        }
        return cli;
    }

    /**
     * Classes, which picocli makes, rather than constructor references: Java 25 crashed making its AOT
     * cache from a run that called a reference to the constructor of picocli's HelpCommand while picocli
     * came as its Java 5 jar (a class-file version the cache leaves out, while it kept the reference).
     * The build now compiles picocli for Java 17 (see the pom); classes stay the safe way.
     */
    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand.class);
        commands.put("rank", RankCommand.class);
        commands.put("prune", PruneCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("new", NewCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }
}
