package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StageTimeTest {
    @Test
    void coresAreCpuOverWallAndNeverMoreThanTheMachineHas() {
        assertEquals(1.5, new StageTime(Duration.ofMillis(200), Duration.ofMillis(300)).cores(), 1e-9);
        assertEquals(0, new StageTime(Duration.ofMillis(200), Duration.ZERO).cores());
        // A stage of 0.1 ms charged one 10 ms clock tick of CPU time.
        assertEquals(Runtime.getRuntime().availableProcessors(),
                new StageTime(Duration.ofNanos(106_949), Duration.ofMillis(10)).cores(), 1e-9);
    }
}
