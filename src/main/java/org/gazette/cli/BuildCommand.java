package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.build.SiteBuild;
import org.gazette.content.ContentException;
import org.gazette.model.Article;
import org.gazette.output.OutputException;
import org.gazette.ranking.ReadershipException;
import org.gazette.render.TemplateEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code gazette build}: renders the whole site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from content/ and templates/ into the output folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content or the readership data has problems (all are listed; nothing was written)",
                "2:wrong command-line arguments", "3:a template or the output folder failed (nothing was replaced)"})
final class BuildCommand implements Callable<Integer> {
    private static final java.time.format.DateTimeFormatter SCHEDULE_FORMAT =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions options;

    @picocli.CommandLine.Option(names = "--precompress",
            description = "Also write a gzip-compressed .gz beside every text file (html, css, js, json, xml, txt, svg) "
                    + "for servers that send precompressed files (nginx gzip_static). Default: off.")
    boolean precompress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Path sourceDir = options.sourceDir();
        Path outDir = options.outDir();
        Terminal terminal = Terminal.detect();
        Terminal.ProgressLine progress = terminal.progress(outWriter);
        try {
            BuildReport report;
            try {
                report = new SiteBuild(progress).run(
                        new BuildOptions(sourceDir, outDir, options.clock(), options.analyticsSources(), precompress));
            } finally {
                progress.clear();
            }
            outWriter.println(summary(report, sourceDir, outDir, terminal));
            outWriter.flush();
            if (report.rendered() > 0) {
                TunedJvm.builtSite();
            }
            return Main.OK;
        } catch (ContentException | ReadershipException | TemplateEngine.RenderException | OutputException e) {
            return Failures.report(e, err, "nothing was written (" + outDir + " is unchanged)");
        }
    }

    static String summary(BuildReport r, Path source, Path out, Terminal t) {
        StringBuilder s = new StringBuilder();
        Path shown = out.startsWith(source) ? source.relativize(out) : out;
        if (r.upToDate()) {
            return t.green(String.format(Locale.ROOT, "%s/ is up to date: built from the same files at the same clock (%s); "
                    + "nothing written (%.2f s)", shown, r.now(), r.total().toMillis() / 1000.0));
        }
        s.append(t.green(String.format(Locale.ROOT, "Built %d pages (%d files) into %s/ in %.2f s",
                r.pages(), r.filesWritten(), shown, r.total().toMillis() / 1000.0))).append('\n');
        s.append("  pages: ").append(r.pagesByKind().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append('\n');
        s.append("  clock: ").append(r.now()).append('\n');
        s.append("  ").append(r.rankings()).append('\n');
        s.append(String.format(Locale.ROOT, "  articles: %d published, %d draft%s, %d scheduled%n",
                r.published(), r.drafts().size(), r.drafts().size() == 1 ? "" : "s", r.scheduled().size()));
        for (Article a : r.scheduled()) {
            s.append("  scheduled: ").append(SCHEDULE_FORMAT.format(a.published())).append("  ")
                    .append(a.source().file()).append("  \"").append(a.title()).append("\"\n");
        }
        Article next = r.nextScheduled();
        if (next != null) {
            s.append("  next publish: ").append(t.bold(next.published().toInstant().toString())).append(" (")
                    .append(next.source().file()).append("): rebuild then\n");
        }
        for (String warning : r.warnings()) {
            s.append("  ").append(t.yellow("warning:")).append(' ').append(warning).append('\n');
        }
        s.append("  time: ").append(r.stages().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, e.getValue().cores() >= 0.05 ? "%s %.2f s (%.1f cores)" : "%s %.2f s",
                        e.getKey(), e.getValue().wall().toMillis() / 1000.0, e.getValue().cores()))
                .collect(Collectors.joining(" · ")));
        return s.toString();
    }
}
