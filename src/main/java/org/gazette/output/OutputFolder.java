package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Decides whether Gazette may replace a folder: only one it created itself (it carries a marker
 * file) or an empty one, and never the project, its content or templates, the home folder or a
 * file-system root.
 */
final class OutputFolder {
    static final String MARKER = ".gazette-output";

    private OutputFolder() {
    }

    static void check(Path out, Path project) {
        Path o = out.toAbsolutePath().normalize();
        Path p = project.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (o.getParent() == null) {
            refuse(o, "it is the root of the file system");
        }
        if (o.equals(home)) {
            refuse(o, "it is your home folder");
        }
        if (p.startsWith(o)) {
            refuse(o, "it contains the project itself");
        }
        if (o.equals(p.resolve("content")) || o.startsWith(p.resolve("content"))) {
            refuse(o, "it is inside content/, where the editors' files are");
        }
        if (o.equals(p.resolve("templates")) || o.startsWith(p.resolve("templates"))) {
            refuse(o, "it is inside templates/");
        }
        if (Files.isSymbolicLink(o)) {
            refuse(o, "it is a symbolic link");
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            refuse(o, "it is a file, not a folder");
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            refuse(o, "it is not empty and was not made by Gazette (no " + MARKER + " file in it)");
        }
    }

    /** Empty, or holding nothing but the lock files of outputs that were inside it (see OutputLock). */
    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(e -> OutputLock.isLockFile(e));
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuse(Path out, String why) {
        throw new OutputException("refusing to write the site into " + out + ": " + why
                + "\n    hint: choose another --out folder (the default is site/ in the project)");
    }
}
