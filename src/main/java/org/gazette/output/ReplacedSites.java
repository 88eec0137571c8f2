package org.gazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Deletes the sites that earlier builds replaced beside an output folder ({@link StagedSite#commit}
 * leaves them) but the one the build takes up as its staging folder ({@link StagedSite#recyclable}):
 * those left by builds killed meanwhile, or all of them where that one cannot be taken up. On a
 * thread of its own, while the build that starts it loads, ranks and plans: those
 * stages leave part of the cores idle (1.5 to 1.8 of 2), and deleting a replaced site is hundreds of
 * thousands of unlinks (176,000 files and 186,000 folders at 100,000 articles). One thread, so that
 * it takes what is idle rather than a core from the build. No build writes into these (the one taken
 * up is not among them), so this needs no lock; a folder is deleted only if it holds Gazette's marker, which goes last, so
 * one left half deleted is still recognised and deleted by a later build.
 */
public final class ReplacedSites {
    private final CompletableFuture<Void> deletion;
    private volatile boolean stopped;

    private ReplacedSites(List<Path> found) {
        deletion = found.isEmpty() ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> {
            for (Path site : found) {
                try {
                    StagedSite.deleteTree(site, 1, () -> stopped);
                } catch (IOException | UncheckedIOException e) {
                    // Stopped, or left for the next build, which holds the output's lock as it stages its
                    // site and removes what is left then, saying why it cannot if it cannot.
                }
            }
        }, task -> {
            Thread thread = new Thread(task, "gazette-replaced-sites");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts deleting the sites replaced beside {@code out}; nothing to do if there are none. */
    public static ReplacedSites deleteInBackground(Path out) {
        return new ReplacedSites(find(out.toAbsolutePath().normalize()));
    }

    /**
     * Stops the deletion before its next entry and waits for that: a build that failed reports its
     * errors at once, not once a large replaced site is gone (a later build finishes it).
     */
    public void stop() {
        stopped = true;
        await();
    }

    /** Waits until the deletion has ended, however it ended. */
    public void await() {
        deletion.handle((done, failure) -> null).join();
    }

    /**
     * The replaced sites beside {@code out}, Gazette's own by their name and marker, but the one the
     * build takes up as its staging folder ({@link StagedSite#recyclable}): left by builds killed meanwhile.
     */
    static List<Path> find(Path out) {
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            return List.of();
        }
        try {
            List<Path> found = new ArrayList<>(StagedSite.ownFolders(out, StagedSite.REPLACED));
            found.remove(StagedSite.recyclable(found));
            return found;
        } catch (IOException e) {
            return List.of(); // the build's staging removes them under its lock, or says why it cannot
        }
    }
}
