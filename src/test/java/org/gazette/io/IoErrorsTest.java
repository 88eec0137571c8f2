package org.gazette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons given for real failed file operations, whose exceptions name only the file. */
class IoErrorsTest {
    @TempDir
    Path dir;

    @Test
    void saysWhatHappenedToWhichFile() throws IOException {
        Path missing = dir.resolve("missing.md");
        assertEquals("no such file or folder: " + missing,
                IoErrors.reason(assertThrows(IOException.class, () -> Files.readAllBytes(missing))));

        Path folder = Files.createDirectories(dir.resolve("site"));
        Files.writeString(folder.resolve("index.html"), "page");
        assertEquals("folder not empty: " + folder, IoErrors.reason(assertThrows(IOException.class, () -> Files.delete(folder))));
        assertEquals("already exists: " + folder,
                IoErrors.reason(assertThrows(IOException.class, () -> Files.createDirectory(folder))));
        Path file = folder.resolve("index.html");
        assertEquals("not a folder: " + file,
                IoErrors.reason(assertThrows(IOException.class, () -> Files.newDirectoryStream(file).close())));
        // Root reads anything, so a denied read cannot be provoked in every test run: the type alone.
        assertEquals("permission denied: " + file, IoErrors.reason(new AccessDeniedException(file.toString())));
    }

    @Test
    void keepsAMessageThatAlreadySaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "text");
        // A message that gives its reason, as the JDK's does for a read-only file system, stays as it is.
        FileSystemException withReason = new FileSystemException(file.toString(), null, "Read-only file system");
        assertEquals(file + ": Read-only file system", IoErrors.reason(withReason));
        assertEquals("IOException", IoErrors.reason(new IOException()));
        assertEquals("disk full", IoErrors.reason(new IOException("disk full")));
        Path missing = dir.resolve("missing.txt");
        IOException cause = assertThrows(IOException.class, () -> Files.size(missing));
        assertEquals("no such file or folder: " + missing, IoErrors.reason(new java.io.UncheckedIOException(cause)),
                "an unchecked I/O error is read as the one it carries");
    }
}
