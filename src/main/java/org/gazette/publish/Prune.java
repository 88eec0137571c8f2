package org.gazette.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gazette.io.IoErrors;

/**
 * Removes from a server the files of earlier publishes that the new site no longer has. Upload
 * tools (Maven's wagons) only add and overwrite, so the server keeps a ledger,
 * {@value #LEDGER}: every file Gazette may have put there. Before the upload the ledger grows by
 * the new site's files; after it, files in the ledger but not in the site are deleted and the
 * ledger becomes the site's list. An interrupted or failed upload leaves a ledger that still
 * names everything, so the next complete publish cleans up.
 */
public final class Prune {
    /** The ledger file at the site root on the server (nginx and Apache configs keep dot files private). */
    public static final String LEDGER = ".gazette-published";

    private final Remote remote;

    private Prune(Remote remote) {
        this.remote = remote;
    }

    /**
     * A cleanup for the site at {@code url} as Maven writes it: {@code file:///var/www/news},
     * {@code dav:https://host/path/} (or plain http(s)), with the credentials of {@code serverId} in {@code settings}.
     */
    public static Prune at(String url, Path settings, String serverId) {
        String u = url.strip();
        String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        switch (scheme) {
            case "file":
                return new Prune(new FolderRemote(Path.of(URI.create(u.replaceFirst("^file:/*", "file:///")))));
            case "dav":
                return new Prune(new DavRemote(URI.create(u.substring(4)), MavenSettings.server(settings, serverId)));
            case "http", "https":
                return new Prune(new DavRemote(URI.create(u), MavenSettings.server(settings, serverId)));
            default:
                throw new PublishException("gazette prune cannot remove files over '" + scheme + ":' (" + url + ")"
                        + "\n    hint: it works with file: and dav: URLs; for scp:/scpexe: publish with the rsync route "
                        + "(deploy/rsync/publish.sh, which removes old files) — see Publishing in the README");
        }
    }

    /** Before the upload: adds the new site's files to the ledger. Returns how many files it now names. */
    public int beforeUpload(Path site) {
        Set<String> ledger = ledger();
        ledger.addAll(files(site));
        remote.write(LEDGER, text(ledger));
        return ledger.size();
    }

    /** After a complete upload: deletes what the ledger names and the site no longer has; returns those files. */
    public List<String> afterUpload(Path site) {
        Set<String> current = files(site);
        Set<String> stale = ledger();
        stale.removeAll(current);
        for (String path : stale) {
            remote.delete(path);
        }
        for (String folder : emptiedFolders(stale, current)) {
            remote.deleteFolder(folder);
        }
        remote.write(LEDGER, text(current));
        return List.copyOf(stale);
    }

    public String describe() {
        return remote.describe();
    }

    /** Folders that held stale files and hold no file of the site any more, deepest first. */
    static List<String> emptiedFolders(Set<String> stale, Set<String> current) {
        Set<String> kept = new TreeSet<>();
        for (String path : current) {
            for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
                kept.add(path.substring(0, i));
            }
        }
        Set<String> emptied = new TreeSet<>();
        for (String path : stale) {
            for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
                String folder = path.substring(0, i);
                if (!kept.contains(folder)) {
                    emptied.add(folder);
                }
            }
        }
        List<String> deepestFirst = new ArrayList<>(emptied);
        deepestFirst.sort(Comparator.comparingLong((String f) -> f.chars().filter(c -> c == '/').count()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return deepestFirst;
    }

    private Set<String> ledger() {
        byte[] bytes = remote.read(LEDGER);
        Set<String> files = new TreeSet<>();
        if (bytes != null) {
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#") && safe(path)) {
                    files.add(path);
                }
            }
        }
        return files;
    }

    private static boolean safe(String path) {
        return !path.startsWith("/") && !path.contains("\\") && Stream.of(path.split("/")).noneMatch(s -> s.equals("..") || s.isEmpty());
    }

    private static byte[] text(Set<String> files) {
        StringBuilder s = new StringBuilder("# Files published by Gazette; 'gazette prune' removes those a new site no longer has.\n");
        files.forEach(f -> s.append(f).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every file of the built site, as site paths, except the ledger itself. */
    static Set<String> files(Path site) {
        Path root = site.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new PublishException("there is no site in " + root + "\n    hint: build it first (mvn package, or gazette build)");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(LEDGER)).forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new PublishException("cannot list " + root + ": " + IoErrors.reason(e), e);
        }
    }
}
