package org.gazette.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.gazette.build.MemoryBuild;
import org.gazette.build.SiteSnapshot;

/**
 * {@code gazette serve}: builds the newsroom into memory, serves it over HTTP (never from or to
 * the output folder), watches {@code content/} and {@code templates/}, rebuilds what a change
 * affects and tells open pages to reload. A failed rebuild keeps the last good site and shows the
 * problems over every page until a fix rebuilds cleanly.
 */
public final class PreviewServer implements AutoCloseable {
    private final ServeOptions options;
    private final Path root;
    private final PrintWriter log;
    private final MemoryBuild build;
    private final ReloadEvents events = new ReloadEvents();
    private final AtomicLong builds = new AtomicLong();
    private final HttpServer http;
    private final ExecutorService executor;
    private final SourceWatcher watcher;
    private volatile SiteSnapshot site;
    private volatile List<BuildProblem> problems = List.of();

    private PreviewServer(ServeOptions options, PrintWriter log) throws IOException {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.log = log;
        this.build = new MemoryBuild(new MemoryBuild.Options(root, options.now(), options.analytics(), options.drafts(),
                options.future()));
        rebuild(null);
        this.watcher = new SourceWatcher(root, this::rebuild);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gazette-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        http.createContext("/", new Routes(this));
        http.setExecutor(executor);
    }

    /** Builds, starts serving and watching; the server runs until {@link #close()}. */
    public static PreviewServer start(ServeOptions options, PrintWriter log) throws IOException {
        PreviewServer server = new PreviewServer(options, log);
        server.http.start();
        server.watcher.start();
        return server;
    }

    /** The port listened on (the one chosen when the options asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The site's address on this server, with its base path. */
    public URI url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return URI.create("http://" + host + ":" + port() + basePath());
    }

    String basePath() {
        SiteSnapshot s = site;
        return s == null ? "/" : s.newsroom().site().basePath();
    }

    SiteSnapshot site() {
        return site;
    }

    List<BuildProblem> problems() {
        return problems;
    }

    long builds() {
        return builds.get();
    }

    ReloadEvents events() {
        return events;
    }

    /** Rebuilds after {@code changed} files changed (null: everything), then tells open pages to reload. */
    synchronized void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        MemoryBuild.Change change = change(changed);
        if (change.content() != null && change.content().isEmpty() && !change.theme()) {
            return; // only temporary files came and went
        }
        StringBuilder timing = new StringBuilder();
        try {
            SiteSnapshot next = build.rebuild(change, t -> timing.append(timing.length() == 0 ? "" : ", ").append(t));
            site = next;
            problems = List.of();
        } catch (RuntimeException e) {
            problems = BuildProblem.of(e, root);
        }
        long number = builds.incrementAndGet();
        int told = events.reload(number);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (problems.isEmpty()) {
            log.printf(Locale.ROOT, "%s in %d ms (%s)%s%n", changed == null ? "Built" : "Rebuilt after " + describe(changed),
                    ms, timing, told == 0 ? "" : "; reloaded " + told + (told == 1 ? " page" : " pages"));
        } else {
            log.printf(Locale.ROOT, "%d %s, showing the last good build:%n%s%n", problems.size(),
                    problems.size() == 1 ? "problem" : "problems", problems.stream()
                            .map(p -> (p.where().isEmpty() ? "" : p.where() + ": ") + p.message()
                                    + (p.hint() == null ? "" : "\n    hint: " + p.hint()))
                            .collect(Collectors.joining("\n")));
        }
        log.flush();
    }

    private String describe(Set<Path> changed) {
        String names = changed.stream().limit(3).map(p -> root.relativize(p).toString().replace('\\', '/'))
                .collect(Collectors.joining(", "));
        return names + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    /** What a set of changed files means for the build: article edits, template edits, or everything. */
    private MemoryBuild.Change change(Set<Path> changed) {
        if (changed == null) {
            return MemoryBuild.Change.ALL;
        }
        Set<Path> content = new LinkedHashSet<>();
        Set<String> templates = new LinkedHashSet<>();
        boolean theme = false;
        boolean allTemplates = false;
        for (Path p : changed) {
            Path rel = root.relativize(p.toAbsolutePath().normalize());
            String name = rel.toString().replace('\\', '/');
            if (!java.nio.file.Files.exists(p) && !name.substring(name.lastIndexOf('/') + 1).contains(".")) {
                continue; // a vanished file without extension: an editor's or tool's temporary file (sed -i)
            }
            if (name.startsWith("content/")) {
                content.add(p);
            } else if (name.startsWith("templates/")) {
                theme = true;
                String template = name.substring("templates/".length());
                if (template.startsWith("pages/") && template.endsWith(".ftlh")) {
                    templates.add(template);
                } else if (!template.startsWith("assets/")) {
                    allTemplates = true; // layouts and macros are used by every page
                }
            } else {
                return MemoryBuild.Change.ALL;
            }
        }
        return new MemoryBuild.Change(content, allTemplates ? null : templates, theme);
    }

    @Override
    public void close() {
        watcher.close();
        events.close();
        http.stop(0);
        executor.shutdownNow();
    }
}
