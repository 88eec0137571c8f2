package org.gazette.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.build.BuildOptions;
import org.gazette.build.RankUpdate;
import org.gazette.content.ContentException;
import org.gazette.output.OutputException;
import org.gazette.ranking.Ranked;
import org.gazette.ranking.ReadershipException;
import org.gazette.render.TemplateEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gazette rank}: refreshes Trending and Most Read in an already built site. */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Recompute Trending and Most Read from the readership data and rewrite only the files "
                + "that change because of them (data/*.json and the pages showing the lists).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rankings are up to date", "1:the content or the readership data has problems",
                "2:wrong command-line arguments",
                "3:no built site, or the newsroom changed since it was built (run 'gazette build')"})
final class RankCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** How many changed files {@link #changedFiles} names. */
    static final int NAMED = 10;

    @Mixin
    SiteOptions options;

    @Option(names = "--explain", description = "Print, for each listed article, the numbers behind its place.")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RankUpdate.Report report = new RankUpdate().run(
                    new BuildOptions(options.sourceDir(), options.outDir(), options.clock(), options.analyticsSources()));
            out.println(report.rankings().summary());
            out.println(String.format(Locale.ROOT, "pages: %,d rendered, %,d unchanged", report.rendered(), report.unchanged()));
            out.println(changedFiles(report.changed()));
            report.warnings().forEach(warning -> out.println("warning: " + warning));
            if (explain) {
                explain(out, "Trending", report.rankings().trending());
                explain(out, "Most Read", report.rankings().mostRead());
            }
            out.flush();
            if (report.rendered() > 0) {
                TunedJvm.builtSite(); // it rendered pages: as good a run as a build's to make the AOT cache from
            }
            return Main.OK;
        } catch (ContentException | ReadershipException | TemplateEngine.RenderException | OutputException e) {
            return Failures.report(e, err, "nothing was changed");
        }
    }

    /**
     * Lists the files that changed, naming at most {@value #NAMED}: a change of the lists shows on every
     * page that carries them, which in a large newsroom is tens of thousands of names. The shallowest
     * come first (by depth, then by name), so the site-wide files (the front page, the data files) are
     * named before the article pages.
     */
    static String changedFiles(List<String> changed) {
        if (changed.isEmpty()) {
            return "No file changed.";
        }
        List<String> named = changed.stream()
                .sorted(Comparator.comparingInt(RankCommand::depth).thenComparing(Comparator.naturalOrder()))
                .limit(NAMED).toList();
        String more = changed.size() > NAMED ? String.format(Locale.ROOT, " and %,d more", changed.size() - NAMED) : "";
        return String.format(Locale.ROOT, "%,d %s changed: ", changed.size(), changed.size() == 1 ? "file" : "files")
                + String.join(", ", named) + more;
    }

    /** How many folders deep a site file is. */
    private static int depth(String file) {
        return (int) file.chars().filter(c -> c == '/').count();
    }

    private static void explain(PrintWriter out, String title, List<Ranked> list) {
        out.println();
        out.println(title + (list.isEmpty() ? ": (empty)" : ":"));
        int place = 1;
        for (Ranked r : list) {
            out.printf("%2d. /%s%n    %s%n", place++, r.article().path(), r.explanation());
        }
    }
}
