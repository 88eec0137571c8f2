package org.gazette.output;

import java.nio.file.Path;

/**
 * A second process holding an output's lock, as a running build does: {@code java … HoldOutputLock
 * OUT} takes it, prints "held", and keeps it until its input ends.
 */
public final class HoldOutputLock {
    private HoldOutputLock() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.take(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our input
            }
        }
    }
}
