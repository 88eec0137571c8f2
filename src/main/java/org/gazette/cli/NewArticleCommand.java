package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.gazette.content.ContentError;
import org.gazette.content.ContentException;
import org.gazette.content.NewArticle;
import org.gazette.content.Slugs;
import org.gazette.io.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gazette new article "Headline" --section world}: writes a draft article and prints it. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = {"Write a new draft article at content/articles/<yyyy>/<MM>/<slug>.md, with complete front matter: "
                + "the headline, the date now in the site time zone, the section, the author, draft: true. "
                + "An existing file is never overwritten."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the article was written", "1:unknown section or author, or the file already exists (nothing was written)",
                "2:wrong command-line arguments", "3:the file could not be written"})
final class NewArticleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HEADLINE", description = "The headline; the file name and URL slug come from it.")
    String headline;

    @Option(names = "--section", required = true, paramLabel = "ID", description = "The section id (from sections.yaml).")
    String section;

    @Option(names = "--author", paramLabel = "ID", description = "The author id (a file in content/authors/).")
    String author;

    @Option(names = "--source", paramLabel = "DIR", description = "The newsroom folder (holds content/). Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--now", paramLabel = "INSTANT", description = "The article's date. Default: the current time.")
    String now;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Slugs.isValid(Slugs.slugify(headline))) {
            throw new ParameterException(spec.commandLine(), "the headline '" + headline + "' has no letters or digits for a URL slug");
        }
        Instant date;
        try {
            date = now == null ? Instant.now() : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--now '" + now + "' is not an instant; write e.g. 2024-07-01T00:00:00Z");
        }
        try {
            NewArticle.Result result = NewArticle.create(source.toAbsolutePath().normalize(), headline, section, author, date);
            out.println("Created " + result.relative() + " (a draft: set 'draft: false' to publish it)");
            out.println();
            out.print(Files.readString(result.file()));
            out.flush();
            return Main.OK;
        } catch (ContentException e) {
            for (ContentError error : e.errors()) {
                // Problems with the arguments have no file to name; those in the newsroom do.
                err.println(!error.source().file().equals(NewArticle.ARGUMENTS) ? error.format() : error.message()
                        + (error.hint() == null ? "" : "\n    hint: " + error.hint()));
            }
            err.println("Nothing was written.");
            err.flush();
            return Main.CONTENT_ERRORS;
        } catch (NewArticle.ExistsException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.CONTENT_ERRORS;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(IoErrors.reason(e));
            err.flush();
            return Main.FAILED;
        }
    }
}
