package org.gazette.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gazette.model.Image;
import org.gazette.model.Newsroom;

/**
 * The few things worth an editor's attention that do not stop a build: published articles without
 * a summary (listings, feeds and search results show none), and pictures so large they slow pages
 * down. Each kind is one line, naming the first few files.
 */
final class BuildWarnings {
    static final long LARGE_IMAGE_BYTES = 1L << 20;
    private static final int NAMED = 3;

    private BuildWarnings() {
    }

    static List<String> of(Newsroom newsroom, List<Image> media, Path source) {
        List<String> out = new ArrayList<>();
        List<String> noSummary = newsroom.published().stream()
                .filter(a -> a.summary() == null || a.summary().isBlank()).map(a -> a.source().file()).sorted().toList();
        if (!noSummary.isEmpty()) {
            out.add(count(noSummary.size(), "published article") + " without a summary: " + named(noSummary)
                    + " (add 'summary:' for listings and feeds)");
        }
        Set<String> large = new LinkedHashSet<>();
        java.util.function.Function<Path, String> name = MediaFiles.display(source);
        // Each picture once: most articles of a large newsroom show one of a few.
        for (Path file : media.stream().map(Image::file).distinct().toList()) {
            try {
                if (Files.size(file) > LARGE_IMAGE_BYTES) {
                    large.add(name.apply(file));
                }
            } catch (IOException e) {
                // The loader has read it; a file gone since is the copy stage's error to report.
            }
        }
        if (!large.isEmpty()) {
            out.add(count(large.size(), "picture") + " over " + LARGE_IMAGE_BYTES / (1 << 20) + " MB: "
                    + named(large.stream().sorted().toList()) + " (resize or compress them)");
        }
        return out;
    }

    private static String count(int n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    private static String named(List<String> files) {
        return String.join(", ", files.subList(0, Math.min(NAMED, files.size())))
                + (files.size() > NAMED ? ", …" : "");
    }
}
