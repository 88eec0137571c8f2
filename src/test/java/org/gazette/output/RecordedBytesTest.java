package org.gazette.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.gazette.io.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published file is taken to hold its recorded bytes by size and time, else by reading it. */
class RecordedBytesTest {
    @TempDir
    Path dir;

    private static final byte[] RECORDED = "<html>as recorded</html>".getBytes(StandardCharsets.UTF_8);
    private static final long CRCS = Checksums.crcs(RECORDED, RECORDED.length);
    private static final FileTime RECORDS = FileTime.fromMillis(1_700_000_000_000L);

    private Path file(String text, FileTime modified) throws IOException {
        Path file = Files.writeString(dir.resolve("page-" + System.nanoTime() + ".html"), text);
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    @Test
    void aFileLastModifiedBeforeTheRecordsIsTakenByItsSizeWithoutBeingRead() throws IOException {
        FileTime before = FileTime.fromMillis(RECORDS.toMillis() - 1000);
        // Other bytes of the same length: only a read would tell, and the quick check does not read.
        assertTrue(RecordedBytes.heldBy(file("<html>as REcorded</html>", before), RECORDED.length, CRCS, RECORDS));
        assertTrue(RecordedBytes.heldBy(file("<html>as recorded</html>", before), RECORDED.length, CRCS, RECORDS));
        assertFalse(RecordedBytes.heldBy(file("<html>as recorded</html>\n", before), RECORDED.length, CRCS, RECORDS),
                "another size is never the recorded file");
    }

    @Test
    void aFileModifiedSinceOrInTheSameTickOrWithoutATimeIsRead() throws IOException {
        FileTime after = FileTime.fromMillis(RECORDS.toMillis() + 1000);
        for (FileTime modified : new FileTime[] {after, RECORDS}) {
            assertTrue(RecordedBytes.heldBy(file("<html>as recorded</html>", modified), RECORDED.length, CRCS, RECORDS));
            assertFalse(RecordedBytes.heldBy(file("<html>as REcorded</html>", modified), RECORDED.length, CRCS, RECORDS),
                    "modified at " + modified + ": read, and found changed");
        }
        FileTime before = FileTime.fromMillis(RECORDS.toMillis() - 1000);
        assertFalse(RecordedBytes.heldBy(file("<html>as REcorded</html>", before), RECORDED.length, CRCS, null),
                "no record time: always read");
    }

    @Test
    void aLinkIsNeverTheRecordedFile() throws IOException {
        Path target = Files.write(dir.resolve("x".repeat(RECORDED.length)), RECORDED);
        // A relative target of the recorded length: the link itself has that size, as a page would.
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), target.getFileName());
        assertTrue(Files.readAttributes(link, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).size() == RECORDED.length);
        assertFalse(RecordedBytes.heldBy(link, RECORDED.length, CRCS, RECORDS));
        assertFalse(RecordedBytes.heldBy(link, RECORDED.length, CRCS, null));
    }
}
