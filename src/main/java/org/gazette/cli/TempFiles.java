package org.gazette.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * New empty files in the system's temp folder, readable by this user alone, for the handshake with
 * the tuned JVM. {@link Files#createTempFile} would do, but it seeds a {@code SecureRandom} for the
 * name: 20 ms of class loading and initialisation of the first JVM's 130 ms before it can start the
 * tuned one. A name from the process id and the clock is as safe here: the file is created only if
 * nothing, not even a link, has that name ({@code O_EXCL}), and another name is tried if something has.
 */
final class TempFiles {
    private static final int ATTEMPTS = 16;

    private TempFiles() {
    }

    /** A new file named {@code prefix}, this process's id, a number and {@code suffix}; deleted when the JVM exits. */
    static Path create(String prefix, String suffix) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        String name = prefix + ProcessHandle.current().pid() + "-";
        for (int attempt = 1; ; attempt++) {
            Path file = folder.resolve(name + Long.toUnsignedString(System.nanoTime()) + suffix);
            try {
                Path made = posix
                        ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(file);
                made.toFile().deleteOnExit();
                return made;
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
