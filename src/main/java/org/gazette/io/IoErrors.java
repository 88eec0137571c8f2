package org.gazette.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Why a file operation failed, in words. Java's file-system exceptions often carry only the file's
 * name as their message ({@code NoSuchFileException: site/a}), so "cannot write site/a: site/a" would
 * not say whether the file was missing, forbidden or in the way.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /**
     * {@code e}'s reason: what happened and to which file ({@code permission denied: site/a}); an
     * {@link UncheckedIOException} is read as the I/O error it carries.
     */
    public static String reason(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        if (e instanceof FileSystemException f && f.getReason() == null && f.getFile() != null) {
            String what = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof DirectoryNotEmptyException ? "folder not empty"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : e instanceof NotLinkException ? "not a symbolic link"
                    : e instanceof FileSystemLoopException ? "symbolic links lead in a loop"
                    : "file system error (" + e.getClass().getSimpleName() + ")";
            return what + ": " + f.getFile() + (f.getOtherFile() == null ? "" : " (to " + f.getOtherFile() + ")");
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
