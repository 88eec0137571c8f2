package org.gazette.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.gazette.content.ContentException;
import org.gazette.images.ImagePlan;
import org.gazette.images.ImageProcessor;

/**
 * Processes a build's pictures on a thread of its own, beside ranking, planning and rendering (every
 * core takes the pictures still left once rendering is done): pages
 * need only the plan's names and sizes, not the files, and those stages leave part of the cores idle
 * (ranking and planning keep 1.3-1.6 of 2 busy). Nothing is published before the pictures are done: a
 * picture that cannot be decoded still stops the build with the content errors.
 */
final class PictureJob {
    private final ImageProcessor processor;
    private final CompletableFuture<ImageProcessor.Result> result;
    private volatile long nanos;

    private PictureJob(ImagePlan plan, Path cache, Function<Path, String> display) {
        processor = new ImageProcessor(plan, cache, display);
        result = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                processor.work();
                return processor.result();
            } finally {
                nanos = System.nanoTime() - start;
            }
        }, work -> {
            Thread thread = new Thread(work, "gazette-pictures");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts processing {@code plan}'s pictures (see {@link ImageProcessor}). */
    static PictureJob start(ImagePlan plan, Path cache, Function<Path, String> display) {
        return new PictureJob(plan, cache, display);
    }

    /**
     * Waits for the pictures, once rendering is done: the calling thread and the common pool's, idle
     * by then, take the pictures still left (a first build of many new pictures uses every core);
     * throws what processing threw (a {@link ContentException} for a picture that cannot be decoded).
     */
    ImageProcessor.Result result() {
        IntStream.rangeClosed(0, ForkJoinPool.getCommonPoolParallelism()).parallel().forEach(thread -> processor.work());
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Throws what processing threw if it has already failed: the stages beside it call this between
     * pages, so that a picture that cannot be decoded stops a long build early, as it did when pictures
     * came first.
     */
    void throwIfFailed() {
        if (result.isCompletedExceptionally()) {
            result();
        }
    }

    /** Waits for the pictures to be done, whatever the outcome (after an Error elsewhere). */
    void awaitQuietly() {
        try {
            result.handle((r, e) -> null).join();
        } catch (RuntimeException e) {
            // done either way
        }
    }

    /** How long processing took, from its start to its end (once {@link #result} has returned). */
    Duration took() {
        return Duration.ofNanos(nanos);
    }

    /**
     * What to throw when {@code failure} ended the build: once the pictures are done (no thread is left
     * writing to the cache), their content errors first, as a build that processed them before
     * rendering reported them; else {@code failure}.
     */
    RuntimeException after(RuntimeException failure) {
        try {
            result();
        } catch (ContentException pictures) {
            if (pictures != failure) {
                pictures.addSuppressed(failure);
            }
            return pictures;
        } catch (RuntimeException other) {
            // the build's own failure is the one to report
        }
        return failure;
    }
}
