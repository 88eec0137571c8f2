package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Fixture newsrooms for tests: the ones under {@code src/test/resources/newsrooms/}, and
 * temporary copies of the basic one with a file written over or removed.
 *
 * <pre>{@code
 * Path root = Newsrooms.copyOfBasic(tempDir);
 * Newsrooms.write(root, "content/articles/x.md", "---\ntitle: X\n---\n");
 * }</pre>
 */
public final class Newsrooms {
    /** The build clock the basic fixture is written for: its scheduled article is after it. */
    public static final Instant NOW = Instant.parse("2024-07-01T00:00:00Z");

    private Newsrooms() {
    }

    /** A fixture newsroom from the test class path, e.g. {@code fixture("basic")}. */
    public static Path fixture(String name) {
        URL url = Newsrooms.class.getResource("/newsrooms/" + name + "/content");
        if (url == null) {
            throw new IllegalArgumentException("no fixture newsroom '" + name + "' on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid fixture newsroom (read-only: copy it before changing anything). */
    public static Path basic() {
        return fixture("basic");
    }

    /** Copies the basic newsroom into {@code dir} and returns the copy's root. */
    public static Path copyOfBasic(Path dir) {
        return copy(basic(), dir);
    }

    /** Copies a newsroom folder tree into {@code dir} and returns the copy's root. */
    public static Path copy(Path from, Path dir) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or overwrites) {@code relative} under {@code root} as UTF-8; returns the file. */
    public static Path write(Path root, String relative, String text) {
        return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes (or overwrites) {@code relative} under {@code root} with raw bytes; returns the file. */
    public static Path write(Path root, String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code relative} under {@code root} (a file, or a folder with everything in it). */
    public static void delete(Path root, String relative) {
        try (Stream<Path> walk = Files.walk(root.resolve(relative))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
