package org.gazette.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.build.SiteSnapshot;
import org.gazette.render.JsonTrees;

/**
 * The preview's HTTP routes: {@code /__gazette/…} (events, reload script, status) and the site
 * under its base path, looked up in the in-memory snapshot — a request never names a file on disk
 * directly. HTML gets the reload script and, after a failed rebuild, the error overlay.
 */
final class Routes implements HttpHandler {
    static final String PREFIX = "/__gazette/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final PreviewServer server;

    Routes(PreviewServer server) {
        this.server = server;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith(PREFIX)) {
                own(exchange, path.substring(PREFIX.length()));
            } else {
                site(exchange, path);
            }
        }
    }

    private void own(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "events" -> server.events().stream(exchange, server.builds());
            case "reload.js" -> {
                try (InputStream in = Routes.class.getResourceAsStream("/gazette/serve/reload.js")) {
                    send(exchange, 200, TYPES.get("js"), in.readAllBytes());
                }
            }
            case "status" -> send(exchange, 200, TYPES.get("json"), status());
            default -> send(exchange, 404, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void site(HttpExchange exchange, String rawPath) throws IOException {
        SiteSnapshot site = server.site();
        List<BuildProblem> problems = server.problems();
        if (site == null) {
            send(exchange, 500, TYPES.get("html"), Overlay.alone(problems));
            return;
        }
        String base = server.basePath();
        if (!rawPath.startsWith(base)) {
            if ((rawPath + "/").equals(base) || rawPath.equals("/")) {
                redirect(exchange, base);
            } else {
                send(exchange, 404, TYPES.get("html"), Overlay.inject(notFound(site), problems));
            }
            return;
        }
        String file = URLDecoder.decode(rawPath.substring(base.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        byte[] bytes = site.generated(file);
        Path source = bytes == null ? site.files().get(file) : null;
        if (bytes == null && source == null) {
            if (site.pages().containsKey(file + "/index.html")) {
                redirect(exchange, rawPath + "/");
            } else {
                send(exchange, 404, TYPES.get("html"), Overlay.inject(notFound(site), problems));
            }
            return;
        }
        if (bytes == null) {
            bytes = Files.readAllBytes(source);
        }
        String type = type(file);
        send(exchange, 200, type, type.startsWith("text/html") ? Overlay.inject(bytes, problems) : bytes);
    }

    private static byte[] notFound(SiteSnapshot site) {
        byte[] page = site.pages().get("404.html");
        return page != null ? page : "<!DOCTYPE html><title>Not found</title><body><h1>Not found</h1></body>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] status() {
        ObjectNode root = JsonTrees.object();
        List<BuildProblem> problems = server.problems();
        root.put("ok", problems.isEmpty());
        root.put("build", server.builds());
        SiteSnapshot site = server.site();
        root.put("pages", site == null ? 0 : site.pages().size());
        root.put("rendered", site == null ? 0 : site.rendered());
        ArrayNode list = root.putArray("problems");
        for (BuildProblem p : problems) {
            ObjectNode o = list.addObject();
            o.put("where", p.where());
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("message", p.message());
            o.put("hint", p.hint());
            ArrayNode lines = o.putArray("source");
            for (BuildProblem.SourceLine l : p.lines()) {
                lines.addObject().put("line", l.number()).put("text", l.text()).put("marked", l.marked());
            }
        }
        return JsonTrees.pretty(root);
    }

    static String type(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
