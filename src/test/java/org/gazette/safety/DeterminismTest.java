package org.gazette.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs and build clock give byte-identical trees, whatever the JVM's zone, language or file order. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void theMachinesTimeZoneAndLocaleDoNotChangeTheOutput() {
        Path source = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Builds.build(source, dir.resolve("a"));
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            Builds.build(source, dir.resolve("b"));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
        assertEquals(SiteTrees.hashes(dir.resolve("a")), SiteTrees.hashes(dir.resolve("b")));
    }

    @Test
    void theOrderFilesWereCreatedInDoesNotChangeTheOutput() throws IOException {
        Path forward = Newsrooms.copyOfBasic(dir.resolve("forward"));
        Path backward = dir.resolve("backward");
        // Folders and files created in reverse order: directory listings come back in another order.
        try (Stream<Path> walk = Files.walk(Newsrooms.basic())) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Path target = backward.resolve(Newsrooms.basic().relativize(p).toString());
                if (Files.isRegularFile(p)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        Builds.build(forward, dir.resolve("a"));
        Builds.build(backward, dir.resolve("b"));
        assertEquals(SiteTrees.hashes(dir.resolve("a")), SiteTrees.hashes(dir.resolve("b")));
    }
}
