package org.gazette.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files made aside and then moved into place, so that no reader ever finds half a file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Moves {@code made} over {@code target} in one step where the file system can (a rename in the
     * same folder: a reader finds the old file or the new one); where it cannot, replaces it plainly.
     */
    public static void replace(Path made, Path target) throws IOException {
        try {
            Files.move(made, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(made, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
