package org.gazette.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expands source patterns into files, in a stable order: {@code analytics/access.log*} lists
 * every rotated log. Globs may appear in the file name only. A plain path that does not exist
 * is a mistake and fails; a glob that matches nothing simply contributes no files.
 */
final class SourceFiles {

    /** One file to read, as the user named it (for {@code file:line} reports). */
    record Source(Path file, String label, boolean gzip, boolean csv, long size) {
    }

    private SourceFiles() {
    }

    static List<Source> expand(Path root, List<String> patterns) {
        Map<Path, Source> out = new LinkedHashMap<>();
        for (String pattern : patterns) {
            Path p = root.resolve(pattern).normalize();
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (!isGlob(name)) {
                if (!Files.isRegularFile(p)) {
                    throw new ReadershipException(pattern + ": no such readership file");
                }
                out.putIfAbsent(p, source(p, pattern));
                continue;
            }
            Path dir = p.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + name);
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path f : ds) {
                    if (m.matches(f.getFileName()) && Files.isRegularFile(f)) {
                        found.add(f);
                    }
                }
            } catch (IOException e) {
                throw new ReadershipException(pattern + ": cannot list the folder", e);
            }
            found.sort(null);
            String prefix = pattern.contains("/") ? pattern.substring(0, pattern.lastIndexOf('/') + 1) : "";
            for (Path f : found) {
                out.putIfAbsent(f, source(f, prefix + f.getFileName()));
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }

    private static Source source(Path f, String label) {
        try (InputStream in = Files.newInputStream(f)) {
            // Rotated logs are gzipped under many names (.gz, .1.gz, -20240630): trust the bytes.
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean csv = n.endsWith(".csv") || n.endsWith(".csv.gz");
            return new Source(f, label, gzip, csv, Files.size(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
