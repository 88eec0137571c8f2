package org.gazette.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.content.ContentError;
import org.gazette.content.ContentException;
import org.gazette.ranking.ReadershipException;
import org.gazette.render.TemplateEngine;

/**
 * One reason the last rebuild failed, as the error overlay shows it: where ({@code file:line:column},
 * file relative to the newsroom; null when unknown), what, a hint, and the offending source lines.
 */
record BuildProblem(String file, int line, int column, String message, String hint, List<SourceLine> lines) {
    private static final Pattern TEMPLATE = Pattern.compile("^(templates/\\S+?)(?: \\(built-in theme\\))?:(\\d+):(\\d+): (.*)$");
    private static final int CONTEXT = 2;

    /** A line of the file around the problem; {@code marked} is the offending one. */
    record SourceLine(int number, String text, boolean marked) {
    }

    BuildProblem {
        lines = List.copyOf(lines);
    }

    String where() {
        if (file == null) {
            return "";
        }
        return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** The problems a failed rebuild threw, with source lines read from the newsroom folder. */
    static List<BuildProblem> of(RuntimeException e, Path root) {
        List<BuildProblem> out = new ArrayList<>();
        if (e instanceof ContentException c) {
            for (ContentError err : c.errors()) {
                out.add(at(root, err.source().file(), err.source().line(), err.source().column(), err.message(), err.hint()));
            }
        } else if (e instanceof TemplateEngine.RenderException) {
            String[] parts = e.getMessage().split("\n", 2);
            String hint = parts.length > 1 ? parts[1].strip() : null;
            Matcher m = TEMPLATE.matcher(parts[0]);
            out.add(m.matches()
                    ? at(root, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), hint)
                    : new BuildProblem(null, 0, 0, parts[0], hint, List.of()));
        } else if (e instanceof ReadershipException) {
            out.add(new BuildProblem(null, 0, 0, "readership data: " + e.getMessage(), null, List.of()));
        } else {
            out.add(new BuildProblem(null, 0, 0, "Gazette failed unexpectedly: " + e, null, List.of()));
        }
        return out;
    }

    private static BuildProblem at(Path root, String file, int line, int column, String message, String hint) {
        return new BuildProblem(file, line, column, message, hint, excerpt(root, file, line));
    }

    private static List<SourceLine> excerpt(Path root, String file, int line) {
        if (file == null || line <= 0) {
            return List.of();
        }
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            return List.of();
        }
        try {
            List<String> all = new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
            List<SourceLine> out = new ArrayList<>();
            for (int n = Math.max(1, line - CONTEXT); n <= Math.min(all.size(), line + CONTEXT); n++) {
                out.add(new SourceLine(n, all.get(n - 1), n == line));
            }
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }
}
