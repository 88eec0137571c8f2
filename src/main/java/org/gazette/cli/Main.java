package org.gazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gazette <command>}: the entry point of the jar. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1",
        description = "Builds a static news site from Markdown articles and Freemarker templates.",
        subcommands = {BuildCommand.class, RankCommand.class, PruneCommand.class, ServeCommand.class, NewCommand.class,
                CheckCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    public static void main(String[] args) {
        int code = TunedJvm.run(args).orElseGet(() -> run(args));
        TunedJvm.finish(code);
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
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
}
