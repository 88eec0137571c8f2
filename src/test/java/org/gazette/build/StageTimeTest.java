package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StageTimeTest {
    @Test
    void coresAreCpuOverWallAndNeverMoreThanTheMachineHas() {
        assertEquals(0.75, new StageTime(Duration.ofMillis(200), Duration.ofMillis(150)).cores(), 1e-9);
        assertEquals(0, new StageTime(Duration.ofMillis(200), Duration.ZERO).cores());
        // A stage of 0.1 ms charged one 10 ms clock tick of CPU time: too short to measure.
        assertEquals(0, new StageTime(Duration.ofNanos(106_949), Duration.ofMillis(10)).cores());
        assertEquals(0.2, new StageTime(Duration.ofMillis(50), Duration.ofMillis(10)).cores(), 1e-9);
        // A 60 ms stage charged two ticks too many on a full machine: no more cores than it has.
        int machine = Runtime.getRuntime().availableProcessors();
        assertEquals(machine, new StageTime(Duration.ofMillis(60), Duration.ofMillis(60L * machine + 20)).cores(), 1e-9);
    }
}
