package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.build.LinkCheck;
import org.gazette.build.MemoryBuild;
import org.gazette.build.SiteSnapshot;
import org.gazette.content.ContentException;
import org.gazette.ranking.ReadershipException;
import org.gazette.render.TemplateEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gazette check}: everything a build validates, plus the links between the pages, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the newsroom as a build would (front matter, references, images, templates), render every "
                + "page in memory, and check the links between them: every internal href and src must name a generated "
                + "page or file, every #anchor an id on its page. Nothing is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problems", "1:the content, the readership data or the links have problems (all are listed)",
                "2:wrong command-line arguments", "3:a template failed"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Terminal t = Terminal.detect();
        long start = System.nanoTime();
        try {
            MemoryBuild build = new MemoryBuild(new MemoryBuild.Options(options.sourceDir(), options.clock(),
                    options.analyticsSources(), false, false));
            SiteSnapshot site = build.rebuild(MemoryBuild.Change.ALL, timing -> { });
            int generated = site.pages().size() + site.data().size() + site.feeds().get().size() + site.files().size();
            List<LinkCheck.Problem> problems = new LinkCheck(site).problems();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(p.format()));
                err.println();
                err.printf(Locale.ROOT, "%s in the links between %,d pages; nothing was written.%n",
                        t.red(problems.size() + (problems.size() == 1 ? " problem" : " problems")), site.pages().size());
                err.flush();
                return Main.CONTENT_ERRORS;
            }
            out.printf(Locale.ROOT, "%s: %,d pages and %,d files, every internal link and anchor resolves (%.2f s; nothing was written)%n",
                    t.green("No problems"), site.pages().size(), generated - site.pages().size(), seconds);
            out.printf(Locale.ROOT, "  articles: %d published, %d draft%s, %d scheduled%n", site.newsroom().published().size(),
                    site.newsroom().drafts().size(), site.newsroom().drafts().size() == 1 ? "" : "s",
                    site.newsroom().scheduled().size());
            out.flush();
            return Main.OK;
        } catch (ContentException | ReadershipException | TemplateEngine.RenderException e) {
            return Failures.report(e, err, "nothing was written");
        }
    }
}
