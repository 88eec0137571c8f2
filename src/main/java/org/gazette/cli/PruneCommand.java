package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.publish.Prune;
import org.gazette.publish.PublishException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gazette prune}: removes from the server what earlier publishes left and the new site no longer has. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = {"Remove from the server the files of earlier publishes that the built site no longer has "
                + "(upload tools such as Maven's site:deploy only add files).",
                "Run it with --before-upload before the upload and without it after; the Maven 'publish' profile does both."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:wrong command-line arguments", "3:the server refused or could not be reached (the message names the file)"})
final class PruneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "The built site that is being published. Default: site/ in the current folder.")
    Path out = Path.of("site");

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "Where the site is published, as in the pom's distributionManagement: file:///var/www/news or dav:https://host/path/.")
    String url;

    @Option(names = "--server-id", paramLabel = "ID", description = "The <server> in settings.xml with the credentials. Default: ${DEFAULT-VALUE}.")
    String serverId = "gazette-site";

    @Option(names = "--settings", paramLabel = "FILE", description = "Maven's settings.xml. Default: ~/.m2/settings.xml.")
    Path settings = Path.of(System.getProperty("user.home"), ".m2", "settings.xml");

    @Option(names = "--before-upload", description = "Record the new site's files on the server before uploading them.")
    boolean beforeUpload;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Prune prune = Prune.at(url, settings, serverId);
            if (beforeUpload) {
                int n = prune.beforeUpload(this.out);
                out.println("prune: " + prune.describe() + Prune.LEDGER + " names " + n + " files before the upload");
            } else {
                List<String> removed = prune.afterUpload(this.out);
                out.println(removed.isEmpty() ? "prune: no stale files on " + prune.describe()
                        : "prune: removed " + removed.size() + " stale file" + (removed.size() == 1 ? "" : "s") + " from "
                                + prune.describe() + ": " + String.join(", ", removed));
            }
            out.flush();
            return Main.OK;
        } catch (PublishException e) {
            err.println("prune: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }
}
