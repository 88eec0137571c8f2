package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gazette.content.ContentFingerprint;
import org.gazette.io.IoErrors;

/**
 * The files of a newsroom's {@code templates/} folder as pages depend on them: each file's hash (of
 * its bytes: a template's encoding may be other than UTF-8, and a static file under {@code assets/}
 * may be included into a page), and the files that may read Freemarker's {@code .now}, the wall
 * clock, which makes every page they are part of different each time it is rendered.
 *
 * @param hashes every file's hash (length, CRC-32, CRC-32C), by path below {@code templates/}
 * @param wallClock the files that may read the wall clock, sorted
 */
public record TemplateFiles(Map<String, String> hashes, List<String> wallClock) {
    /** Template code: an interpolation, a directive or a macro call, in either syntax. */
    private static final Pattern TEMPLATE_CODE = Pattern.compile("\\$\\{|[<\\[][#@]");
    /**
     * Freemarker's {@code .now} (not a script's {@code Date.now()}: the special variable follows no
     * name), and what evaluates text as template code ({@code ?eval}, {@code ?interpret}).
     */
    private static final Pattern WALL_CLOCK = Pattern.compile("(?<![\\w$)\\]])\\.\\s*now\\b|\\?\\s*(eval|interpret)\\b");
    /** Files larger than this (pictures, fonts) are hashed as they are read, and not read as template code. */
    private static final long LOOKED_AT = 1 << 20;

    public TemplateFiles {
        hashes = Map.copyOf(hashes);
        wallClock = List.copyOf(wallClock);
    }

    /**
     * The files under {@code dir} (none if null), as {@link ContentFingerprint#regularFiles(Path)} finds
     * them: a {@code dir} that is a link is read where it points; links to folders below it are not
     * followed, as the template loader refuses what they lead out of the folder to.
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    static TemplateFiles of(Path dir) {
        Map<String, String> hashes = new TreeMap<>();
        List<String> wallClock = new ArrayList<>();
        if (dir == null) {
            return new TemplateFiles(hashes, wallClock);
        }
        try {
            for (Path file : ContentFingerprint.regularFiles(dir)) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                byte[] hash;
                if (Files.size(file) > LOOKED_AT) {
                    hash = ContentFingerprint.hash(file);
                } else {
                    byte[] bytes = Files.readAllBytes(file);
                    hash = ContentFingerprint.hash(bytes);
                    // One character a byte: the markers are ASCII in every encoding templates use.
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    if (TEMPLATE_CODE.matcher(text).find() && WALL_CLOCK.matcher(text).find()) {
                        wallClock.add("templates/" + name);
                    }
                }
                hashes.put(name, HexFormat.of().formatHex(hash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + IoErrors.reason(e), e);
        }
        return new TemplateFiles(hashes, wallClock);
    }
}
