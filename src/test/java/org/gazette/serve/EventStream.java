package org.gazette.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test's Server-Sent Events client: reads {@code /__gazette/events} and hands out event names. */
final class EventStream {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    EventStream(HttpClient client, URI uri) {
        client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring("event: ".length()));
                    }
                }));
    }

    /** The next event's name, waiting up to {@code seconds}; null when none came. */
    String next(long seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    /** Waits for the next event named {@code name}, skipping others; false on timeout. */
    boolean await(String name, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (name.equals(e)) {
                return true;
            }
        }
        return false;
    }
}
