package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gazette.testing.Builds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rsync route (deploy/rsync/publish.sh) into a local folder: a new release, then an atomic link switch. */
class RsyncPublishTest {
    @TempDir
    Path temp;

    @Test
    void publishesIntoANewReleaseSwitchesCurrentAndHardLinksUnchangedFiles() throws Exception {
        Path site = temp.resolve("site");
        Path server = temp.resolve("server");
        write(site.resolve("index.html"), "front v1");
        write(site.resolve("world/old-story/index.html"), "old story");
        write(site.resolve("assets/css/gazette.0123abcd.css"), "body{}");
        publish(site, server);
        Path first = Files.readSymbolicLink(server.resolve("current"));
        assertEquals("old story", Files.readString(server.resolve("current/world/old-story/index.html")));

        Files.delete(site.resolve("world/old-story/index.html"));
        write(site.resolve("index.html"), "front v2");
        write(site.resolve("assets/css/gazette.0123abcd.css"), "body{}"); // rebuilt: same bytes, new time
        Thread.sleep(1100); // a new release name even on a fast machine
        publish(site, server);
        Path second = Files.readSymbolicLink(server.resolve("current"));
        assertNotEquals(first, second);
        assertTrue(second.toString().startsWith("releases/"), second.toString());
        assertEquals("front v2", Files.readString(server.resolve("current/index.html")));
        assertFalse(Files.exists(server.resolve("current/world/old-story/index.html")), "a deleted page is gone");
        Object before = Files.getAttribute(server.resolve(first).resolve("assets/css/gazette.0123abcd.css"), "unix:ino");
        Object after = Files.getAttribute(server.resolve(second).resolve("assets/css/gazette.0123abcd.css"), "unix:ino");
        assertEquals(before, after, "an unchanged file is hard-linked to the previous release, not sent again");
        assertFalse(Files.exists(server.resolve("current.new")));
    }

    private static void publish(Path site, Path server) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/rsync"))) {
            throw new AssertionError("rsync is not installed: run 'apt-get install rsync' (.ci/run does)");
        }
        Process p = new ProcessBuilder("sh", Builds.repo().resolve("deploy/rsync/publish.sh").toString(), site.toString(), server.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
