package org.gazette.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two paths that are one file on macOS and Windows (case, Unicode form) are refused, in either order. */
class FoldedPathsTest {
    @TempDir
    Path dir;

    private void write(List<String> paths) {
        try (StagedSite site = StagedSite.open(dir.resolve("site"), dir.resolve("project"))) {
            for (String path : paths) {
                site.write(path, path, "source of " + path);
            }
        }
    }

    @Test
    void refusesTwinsWhicheverComesFirst() {
        for (List<String> twins : List.of(List.of("images/Logo.png", "images/logo.png"), List.of("images/logo.png", "images/Logo.png"),
                List.of("images/Logo.png", "images/LOGO.png"), List.of("caf\u00e9/index.html", "cafe\u0301/index.html"),
                List.of("cafe\u0301/index.html", "caf\u00e9/index.html"), List.of("Caf\u00e9/index.html", "cafe\u0301/index.html"))) {
            OutputException e = assertThrows(OutputException.class, () -> write(twins), twins.toString());
            assertTrue(e.getMessage().contains("differ only in case or Unicode form, /" + twins.get(0) + " (source of "
                    + twins.get(0) + ") and /" + twins.get(1)), e.getMessage());
        }
    }

    @Test
    void keepsDistinctPathsAndTheSameSourceWritingTwice() {
        assertDoesNotThrow(() -> write(List.of("a/Index.html", "a/index2.html", "b/index.html", "a/Index.html")));
    }

    @Test
    void seesTwinsWrittenAtTheSameTime() throws Exception {
        for (int round = 0; round < 200; round++) {
            AtomicInteger refused = new AtomicInteger();
            try (StagedSite site = StagedSite.open(dir.resolve("site" + round), dir.resolve("project"))) {
                // Two threads released together, so the twins' checks really overlap.
                CyclicBarrier start = new CyclicBarrier(2);
                List<Thread> writers = new ArrayList<>();
                for (String path : List.of("p/x.html", "p/X.html")) {
                    Thread writer = new Thread(() -> {
                        try {
                            start.await();
                            site.write(path, "x", "source of " + path);
                        } catch (OutputException e) {
                            refused.incrementAndGet();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    writer.start();
                    writers.add(writer);
                }
                for (Thread writer : writers) {
                    writer.join();
                }
            }
            assertTrue(refused.get() >= 1, "round " + round + ": one of the twins is refused");
        }
    }
}
