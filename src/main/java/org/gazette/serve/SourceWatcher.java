package org.gazette.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gazette.io.IoErrors;

/**
 * Watches a newsroom's {@code content/} and {@code templates/} trees (every folder registered,
 * new ones as they appear) and reports changed files in batches: a batch closes once no event
 * came for {@link #QUIET_MS}, so an editor's save (often a temporary file renamed over the old one)
 * is one change. Editor temporary and swap files are ignored. A null batch means "anything may have
 * changed" (the event queue overflowed, or a watched folder itself appeared or vanished).
 */
final class SourceWatcher implements AutoCloseable {
    static final long QUIET_MS = 40;
    private static final List<String> FOLDERS = List.of("content", "templates");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;

    SourceWatcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        register(root);
        for (String folder : FOLDERS) {
            registerTree(root.resolve(folder), null);
        }
        thread = new Thread(() -> loop(onChange), "gazette-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                boolean all = collect(key, changed);
                // Debounce: keep collecting until the file system is quiet.
                while ((key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    all |= collect(key, changed);
                }
                if (all || !changed.isEmpty()) {
                    try {
                        onChange.accept(all ? null : changed);
                    } catch (RuntimeException e) {
                        // The listener reports its own failures; watching must go on.
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    /** Adds the files of one key's events to {@code changed}; true when everything must be reloaded. */
    private boolean collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        boolean all = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                all = true;
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            String name = file.getFileName().toString();
            if (dir.equals(root)) {
                if (FOLDERS.contains(name)) {
                    registerTree(file, changed);
                    all = true;
                }
                continue;
            }
            if (ignored(name)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                registerTree(file, changed);
            }
            changed.add(file);
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return all;
    }

    /** Editors' temporary, backup and swap files (vim, emacs, JetBrains, Kate, macOS). */
    static boolean ignored(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.startsWith("#") || n.endsWith("~") || n.equals("4913")
                || n.endsWith(".swp") || n.endsWith(".swx") || n.endsWith(".swo") || n.endsWith(".tmp")
                || n.endsWith(".kate-swp") || n.contains("___jb_tmp___") || n.contains("___jb_old___");
    }

    /**
     * Registers a folder and everything below it; files already inside count as changed. Each folder
     * is registered before it is listed, so a child created meanwhile is either listed or reported
     * by the new watch: {@code mkdir -p templates/pages} must not leave {@code pages} unwatched.
     */
    private void registerTree(Path dir, Set<Path> changed) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            // content/ or templates/ as a link (a templates/ shared by newsrooms) is walked where it points,
            // as a build reads it, its folders watched and its files named below the link. Links further
            // down are not followed, as a build does not: one to / would watch the whole file system.
            Path start = Files.isSymbolicLink(dir) && root.equals(dir.getParent()) ? dir.toRealPath() : dir;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                    register(named(folder));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (changed != null && !ignored(file.getFileName().toString())) {
                        changed.add(named(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private Path named(Path found) {
                    return start == dir ? found : dir.resolve(start.relativize(found).toString());
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // It went away while being walked; its deletion event follows.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // The folder went away while being walked; its deletion events follow.
        }
    }

    private void register(Path dir) {
        try {
            keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir + ": " + IoErrors.reason(e), e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing only releases the watches.
        }
        thread.interrupt();
    }
}
