package org.gazette.publish;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gazette.io.IoErrors;

/** A site published into a local folder (Maven's {@code file:} URLs), e.g. a web server's document root. */
final class FolderRemote implements Remote {
    private final Path root;

    FolderRemote(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path file(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new PublishException("refusing to touch a file outside " + root + ": '" + path + "'");
        }
        return file;
    }

    @Override
    public byte[] read(String path) {
        try {
            return Files.readAllBytes(file(path));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new PublishException("cannot read " + file(path) + ": " + IoErrors.reason(e), e);
        }
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path file = file(path);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".gazette-tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PublishException("cannot write " + file + ": " + IoErrors.reason(e), e);
        }
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(file(path));
        } catch (IOException e) {
            throw new PublishException("cannot remove " + file(path) + ": " + IoErrors.reason(e), e);
        }
    }

    @Override
    public void deleteFolder(String path) {
        try {
            Files.deleteIfExists(file(path));
        } catch (DirectoryNotEmptyException e) {
            // holds files that are not the site's: keep them
        } catch (IOException e) {
            throw new PublishException("cannot remove folder " + file(path) + ": " + IoErrors.reason(e), e);
        }
    }

    @Override
    public String describe() {
        return root.toUri().toString();
    }
}
