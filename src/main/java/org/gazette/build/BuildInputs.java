package org.gazette.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.content.ContentFingerprint;
import org.gazette.output.StagedSite;

/**
 * A hash of everything a build's output depends on: the build clock, the options, the bytes of
 * {@code content/} and {@code templates/}, the other files of the newsroom folder (readership logs:
 * size and time), readership files named on the command line, and Gazette's own code. When it
 * equals the one recorded in the site, building again would write exactly the same bytes.
 */
final class BuildInputs {
    /** Where a site records the inputs it was built from (a dot file, not served by the shipped configs). */
    static final String PATH = ".gazette-inputs";
    private static final Set<String> SKIPPED = Set.of(".git", ".gazette-cache", "target", "node_modules", "site");

    private BuildInputs() {
    }

    /**
     * The fingerprint, or null when the clock is not fixed (then every build may differ).
     *
     * @param content the newsroom's {@link ContentFingerprint}, computed once per build
     */
    static String of(BuildOptions options, String content) {
        if (options.now() == null) {
            return null;
        }
        MessageDigest digest = ContentFingerprint.sha256();
        digest.update(("clock " + options.now() + " minify " + options.minify() + " precompress " + options.precompress()
                + " analytics " + options.analytics()).getBytes(StandardCharsets.UTF_8));
        Path source = options.source().toAbsolutePath().normalize();
        Path out = options.out().toAbsolutePath().normalize();
        digest.update(content.getBytes(StandardCharsets.UTF_8));
        try {
            ContentFingerprint.codeVersion(digest);
            for (Path p : otherFiles(source, out)) {
                stat(source, p, digest);
            }
            if (options.analytics() != null) {
                for (String pattern : options.analytics()) {
                    named(source, pattern, digest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The newsroom's regular files outside {@code content/}, {@code templates/}, the output folder and
     * the {@link #SKIPPED} or hidden top-level entries, sorted. Those folders are not entered at all:
     * {@code content/} is the fingerprint's, and a large newsroom has a hundred thousand files there.
     */
    static List<Path> otherFiles(Path source, Path out) throws IOException {
        List<Path> excluded = List.of(out, source.resolve("content"), source.resolve("templates"));
        // Gazette's own files beside the output (its lock, staging folders) are rewritten by every build.
        return ContentFingerprint.regularFiles(source, folder -> excluded.contains(folder) || skipped(source, folder)
                        || StagedSite.besideOutput(folder, out))
                .stream().filter(file -> !skipped(source, file) && !StagedSite.besideOutput(file, out)).toList();
    }

    private static boolean skipped(Path source, Path p) {
        Path rel = source.relativize(p);
        return rel.getNameCount() == 1 && (SKIPPED.contains(rel.toString()) || rel.toString().startsWith("."));
    }

    /** Readership files given on the command line, which may live outside the newsroom folder. */
    private static void named(Path source, String pattern, MessageDigest digest) throws IOException {
        Path path = source.resolve(pattern).normalize();
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> matcher.matches(p.getFileName())).sorted().forEach(p -> stat(source, p, digest));
        }
    }

    private static void stat(Path source, Path p, MessageDigest digest) {
        try {
            digest.update((source.relativize(p) + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs recorded in a built site, or null. */
    static String recorded(Path out) {
        try {
            Path file = out.resolve(PATH);
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

}
