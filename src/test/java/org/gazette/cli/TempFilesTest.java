package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class TempFilesTest {
    @Test
    void newFilesAreEmptyDistinctAndReadableByTheirOwnerAlone() throws IOException {
        Path first = TempFiles.create("gazette-test-", ".pending");
        Path second = TempFiles.create("gazette-test-", ".pending");
        try {
            assertNotEquals(first, second);
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")), first.getParent());
            String name = first.getFileName().toString();
            assertTrue(name.matches("gazette-test-" + ProcessHandle.current().pid() + "-[0-9]+\\.pending"), name);
            for (Path file : new Path[] {first, second}) {
                assertEquals(0, Files.size(file));
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                }
            }
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
        }
    }
}
