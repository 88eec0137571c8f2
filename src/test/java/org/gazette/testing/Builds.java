package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Runs real builds for tests and reads what they wrote. */
public final class Builds {

    private Builds() {
    }

    /** The repository checkout (the demo newsroom lives at its root). */
    public static Path repo() {
        return Path.of(System.getProperty("gazette.repo", ".")).toAbsolutePath().normalize();
    }

    /** Builds the demo newsroom at the clock pinned in its site.yaml, with its sample readership log. */
    public static BuildReport demo(Path out) {
        return new SiteBuild().run(new BuildOptions(repo(), out, null));
    }

    public static BuildReport build(Path source, Path out) {
        return new SiteBuild().run(new BuildOptions(source, out, Newsrooms.NOW));
    }

    /** Parses a generated page, e.g. {@code page(out, "world/index.html")}. */
    public static Document page(Path out, String file) {
        Path path = out.resolve(file);
        try {
            return Jsoup.parse(path.toFile(), "UTF-8", "https://example.org/");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generated page " + path, e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
