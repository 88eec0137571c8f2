package org.gazette.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    @TempDir
    Path root;

    /** A batch's files; an empty set when the watcher says anything may have changed (which these changes must not need). */
    private final LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

    /** True when a batch names {@code file}; fails at a whole-tree batch, which would hide a folder left unwatched. */
    private boolean awaitChange(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Set<Path> batch;
        while ((batch = batches.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
            assertFalse(batch.isEmpty(), "a change inside watched folders is reported file by file");
            if (batch.contains(file)) {
                return true;
            }
        }
        return false;
    }

    /** Waits until no batch came for ten quiet periods, then forgets what came: later batches are new events. */
    private void settle() throws InterruptedException {
        while (batches.poll(SourceWatcher.QUIET_MS * 10, TimeUnit.MILLISECONDS) != null) {
            // a late batch of the same change
        }
    }

    @Test
    void watchesFoldersCreatedTogetherWithTheirParents() throws Exception {
        Files.createDirectories(root.resolve("content"));
        try (SourceWatcher watcher = new SourceWatcher(root, changed -> batches.add(changed == null ? Set.of() : changed))) {
            watcher.start();
            // Each round races the watcher's registration of new folders against their children's creation.
            for (int round = 0; round < 20; round++) {
                Path file = root.resolve("content/r" + round + "/a/b/c/article.md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "---\ntitle: x\n---\n");
                assertTrue(awaitChange(file), "the new file is reported, round " + round);
                settle();
                Files.delete(file);
                assertTrue(awaitChange(file), "deleting a file in a folder made with its parents is seen, round " + round);
                settle();
            }
        }
    }

    @Test
    void watchesATemplatesFolderThatIsALinkWhereItPoints() throws Exception {
        Path shared = Files.createDirectories(root.resolveSibling(root.getFileName() + "-shared-theme").resolve("pages"));
        try {
            Files.createSymbolicLink(root.resolve("templates"), shared.getParent());
            try (SourceWatcher watcher = new SourceWatcher(root, changed -> batches.add(changed == null ? Set.of() : changed))) {
                watcher.start();
                Files.writeString(shared.resolve("article.ftlh"), "<p>${article.title}</p>");
                assertTrue(awaitChange(root.resolve("templates/pages/article.ftlh")), "named below the link");
                settle();
                Path later = Files.createDirectories(shared.resolveSibling("partials")).resolve("card.ftlh");
                Files.writeString(later, "<li></li>");
                assertTrue(awaitChange(root.resolve("templates/partials/card.ftlh")), "a folder made later in the linked theme");
            }
        } finally {
            try (var walk = Files.walk(shared.getParent())) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void ignoresEditorTemporaryFiles() {
        assertTrue(SourceWatcher.ignored(".article.md.swp"));
        assertTrue(SourceWatcher.ignored("article.md~"));
        assertTrue(SourceWatcher.ignored("4913"));
        assertFalse(SourceWatcher.ignored("article.md"));
    }
}
