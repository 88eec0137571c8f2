package org.gazette.output;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work on every core that writes into a staged folder and ends as one: when a task fails, the
 * tasks after it (by index) not yet started are skipped, and the lowest-index failure is thrown
 * only once every task has ended. A parallel stream rethrows the first failure at once while other
 * threads are still writing files, so the staging folder could not be removed after a failed build
 * (and a file could appear in it after its removal).
 */
public final class ParallelWrites {
    private ParallelWrites() {
    }

    /**
     * Runs {@code work} for 0 … count − 1 on every core; returns or throws once all have ended. Of
     * several failures, the one of the lowest index is thrown (every lower index has run by then),
     * so a broken template names the same page in every build.
     */
    public static void forEach(int count, IntConsumer work) {
        AtomicReference<Failure> failure = new AtomicReference<>();
        IntStream.range(0, count).parallel().forEach(i -> {
            Failure first = failure.get();
            if (first != null && first.index() < i) {
                return;
            }
            try {
                work.accept(i);
            } catch (RuntimeException | Error e) {
                failure.accumulateAndGet(new Failure(i, e), (a, b) -> a == null || b.index() < a.index() ? b : a);
            }
        });
        Failure first = failure.get();
        if (first == null) {
            return;
        }
        if (first.error() instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) first.error();
    }

    private record Failure(int index, Throwable error) {
    }

    /** Runs {@code work} for every item on every core; returns or throws once all have ended. */
    public static <T> void forEach(List<T> items, Consumer<T> work) {
        forEach(items.size(), i -> work.accept(items.get(i)));
    }
}
