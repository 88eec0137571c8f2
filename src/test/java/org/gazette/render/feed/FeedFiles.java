package org.gazette.render.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds what a build wrote, for the feed tests. */
final class FeedFiles {
    private FeedFiles() {
    }

    /** The folders (relative to the site root, {@code ""} for the root) that hold an RSS feed, sorted. */
    static List<String> dirs(Path site) {
        return files(site, "feed.xml").stream().map(f -> f.substring(0, f.length() - "feed.xml".length())).sorted().toList();
    }

    /** Every file (relative path, {@code /}-separated, sorted) whose name ends with {@code suffix}. */
    static List<String> files(Path site, String suffix) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
