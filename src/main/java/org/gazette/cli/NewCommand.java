package org.gazette.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gazette new <kind>}: scaffolding for editors; {@code article} is the one kind today. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new file with complete front matter.",
        subcommands = NewArticleCommand.class)
final class NewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to create, e.g. gazette new article \"Headline\" --section world");
    }
}
