package org.gazette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void theMadeFileTakesTheTargetsPlaceWhetherOrNotOneWasThere() throws IOException {
        Path target = dir.resolve("cache.bin");
        Path made = Files.writeString(dir.resolve(".cache.bin.part"), "first");
        AtomicFiles.replace(made, target);
        assertEquals("first", Files.readString(target));
        assertFalse(Files.exists(made), "moved, not copied");

        made = Files.writeString(dir.resolve(".cache.bin.part"), "second");
        AtomicFiles.replace(made, target);
        assertEquals("second", Files.readString(target));
        assertEquals(List.of(target), Files.list(dir).toList(), "nothing else left in the folder");
    }
}
