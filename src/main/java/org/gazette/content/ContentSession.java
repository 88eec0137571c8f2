package org.gazette.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;

/**
 * A newsroom kept loaded between changes (for the preview server): only the article files that
 * changed are read again, each parsed article cached by the hash of its bytes; the rules across
 * files are checked on every load. The errors are exactly those of {@link ContentLoader#load}.
 * Not thread-safe: one caller loads at a time.
 */
public final class ContentSession {
    private static final BodyStore HEAP = BodyStore.inMemory();
    private final ContentLoader loader = new ContentLoader();
    private final Path root;
    private final Instant now;
    private ContentLoader.Setup setup;
    private List<ContentError> setupErrors = List.of();
    private final Map<Path, Parsed> articles = new ConcurrentSkipListMap<>();

    /** One article file as last read: its bytes' hash, the article (null if invalid) and its errors. */
    private record Parsed(byte[] hash, Article article, List<ContentError> errors) {
    }

    /** @param now the build clock (null: site.yaml's buildClock, else the time of each full load) */
    public ContentSession(Path sourceDir, Instant now) {
        this.root = ContentLoader.root(sourceDir);
        this.now = now;
    }

    /**
     * Loads the newsroom again after {@code changed} files changed (created, modified or deleted);
     * null, or any changed file that is not an article, reads everything again. Throws
     * {@link ContentException} with every problem, like a full load.
     */
    public Newsroom load(Collection<Path> changed) {
        if (setup == null || changed == null || !changed.stream().allMatch(this::isArticle)) {
            reloadAll();
        } else {
            changed.stream().map(p -> p.toAbsolutePath().normalize()).distinct().parallel().forEach(this::refresh);
        }
        Problems problems = new Problems();
        problems.addAll(setupErrors);
        List<Article> valid = new ArrayList<>(articles.size());
        for (Parsed p : articles.values()) {
            problems.addAll(p.errors());
            if (p.article() != null) {
                valid.add(p.article());
            }
        }
        return ContentLoader.assemble(setup, valid, problems);
    }

    private void reloadAll() {
        setup = null;
        articles.clear();
        Problems problems = new Problems();
        ContentLoader.Setup fresh = loader.setup(root, now, problems);
        List<Path> files = ContentLoader.ContentFiles.list(fresh.root(), ContentLoader.articles(fresh.root()), ".md",
                problems);
        setupErrors = problems.errors();
        setup = fresh;
        files.parallelStream().forEach(this::refresh);
    }

    /** A plain article file (not a link, not hidden) under content/articles/, or a deleted one. */
    private boolean isArticle(Path path) {
        Path p = path.toAbsolutePath().normalize();
        String name = p.getFileName().toString();
        return p.startsWith(ContentLoader.articles(root)) && name.endsWith(".md") && !name.startsWith(".")
                && !Files.isSymbolicLink(p) && !Files.isDirectory(p);
    }

    private void refresh(Path file) {
        if (!Files.isRegularFile(file)) {
            articles.remove(file);
            return;
        }
        Problems own = new Problems();
        String name = setup.display().apply(file);
        byte[] bytes = TextFiles.bytes(file, name, own);
        // One read: the bytes hashed are the bytes parsed, even if an editor saves meanwhile.
        byte[] hash = bytes == null ? new byte[0] : ContentFingerprint.hash(bytes);
        Parsed old = articles.get(file);
        if (old != null && hash.length > 0 && Arrays.equals(old.hash(), hash)) {
            return;
        }
        Article article = bytes == null ? null : ContentLoader.readArticle(file, name, bytes, setup, own);
        if (article != null) {
            // Held as a full load with bodies on the heap holds it (the HTML, not its UTF-8 bytes), so the two are equal.
            article = article.withBody(HEAP.keep(article.body(), null));
        }
        articles.put(file, new Parsed(hash, article, own.errors()));
    }

}
