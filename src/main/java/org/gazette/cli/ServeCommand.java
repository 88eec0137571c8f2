package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gazette.io.IoErrors;
import org.gazette.serve.PreviewServer;
import org.gazette.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gazette serve}: the live preview for editors and template developers. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site into memory and serve it on http://127.0.0.1:8080/, rebuilding what each change "
                + "to content/ or templates/ affects and reloading open pages. The output folder is never touched.",
                "A content or template error keeps the last good site and shows the problems over every page until "
                + "they are fixed. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:wrong command-line arguments", "3:the server could not start (e.g. the port is taken)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions options;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (0: any free port). Default: 8080.")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "The address to listen on. Default: 127.0.0.1 (this machine only); 0.0.0.0 shares the preview "
                    + "with your network.")
    String bind = "127.0.0.1";

    @Option(names = "--drafts", description = "Also show drafts, with a banner saying so.")
    boolean drafts;

    @Option(names = "--future", description = "Also show scheduled articles as if published, with a banner saying so.")
    boolean future;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port (0–65535)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            server = PreviewServer.start(new ServeOptions(options.sourceDir(), options.clock(), options.analyticsSources(),
                    drafts, future, bind, port), out);
        } catch (BindException e) {
            err.println("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            err.println("    hint: another program uses the port; try --port " + (port + 1) + " (or --port 0 for any free one)");
            err.flush();
            return Main.FAILED;
        } catch (IOException e) {
            err.println("cannot start the preview server: " + IoErrors.reason(e));
            err.flush();
            return Main.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gazette-stop"));
        out.println("Serving at " + server.url() + (drafts ? " (drafts shown)" : "") + (future ? " (scheduled shown)" : ""));
        out.println("Watching content/ and templates/; press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return Main.OK;
    }
}
