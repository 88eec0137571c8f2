package org.gazette.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {
    @Test
    void throwsOnlyOnceEveryStartedTaskHasEndedAndSkipsTheRest() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ParallelWrites.forEach(10_000, i -> {
            running.incrementAndGet();
            started.incrementAndGet();
            try {
                if (i == 0) {
                    throw boom;
                }
                Thread.sleep(2); // a slow write, still going when the failure is thrown
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }));
        assertSame(boom, thrown);
        assertEquals(0, running.get(), "no task is still running when the failure reaches the caller");
        assertTrue(started.get() < 10_000, "tasks after the failure were skipped: " + started.get() + " ran");
    }

    @Test
    void throwsTheFailureOfTheLowestIndexWhereverTheThreadsStart() {
        for (int round = 0; round < 20; round++) {
            // Every task from 300 on fails; the threads that start in the upper half fail first.
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ParallelWrites.forEach(1_000, i -> {
                if (i >= 300) {
                    throw new IllegalStateException("task " + i);
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertEquals("task 300", thrown.getMessage());
        }
    }

    @Test
    void runsEveryTaskWhenNoneFails() {
        AtomicInteger done = new AtomicInteger();
        ParallelWrites.forEach(1_000, i -> done.incrementAndGet());
        assertEquals(1_000, done.get());
    }
}
