package org.gazette.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The browsers watching the preview, as Server-Sent Events streams: each gets {@code hello} with
 * the build number on connecting and {@code reload} after every rebuild. A client's handler thread
 * waits in {@link #stream} until the client leaves or the server stops.
 */
final class ReloadEvents {
    private static final long HEARTBEAT_SECONDS = 15;
    private final Set<OutputStream> clients = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);

    /** Serves one {@code /__gazette/events} request until the client goes away. */
    void stream(HttpExchange exchange, long build) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            send(out, "retry: 500\nevent: hello\ndata: " + build + "\n\n");
            clients.add(out);
            // Heartbeats find clients that left; a failed write removes them.
            while (clients.contains(out) && !closed.await(HEARTBEAT_SECONDS, TimeUnit.SECONDS)) {
                send(out, ": ping\n\n");
            }
        } catch (IOException | InterruptedException e) {
            // The browser closed the tab or the connection; nothing to report.
        } finally {
            clients.remove(out);
            exchange.close();
        }
    }

    /** Tells every open page to reload; returns how many were told. */
    int reload(long build) {
        int told = 0;
        for (OutputStream out : clients) {
            try {
                send(out, "event: reload\ndata: " + build + "\n\n");
                told++;
            } catch (IOException e) {
                clients.remove(out);
            }
        }
        return told;
    }

    void close() {
        closed.countDown();
        clients.clear();
    }

    private static void send(OutputStream out, String event) throws IOException {
        synchronized (out) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
