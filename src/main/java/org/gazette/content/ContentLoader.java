package org.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Body;
import org.gazette.model.Newsroom;
import org.gazette.model.Section;
import org.gazette.model.SiteSettings;
import org.gazette.model.Source;

/**
 * Loads a newsroom from {@code <source>/content/}: settings, sections, authors, then every article
 * in parallel. Collects every problem and throws them together; returns only a valid newsroom.
 */
public final class ContentLoader {
    /** Newest first; equal times by URL, so the order never depends on the file system. */
    public static final Comparator<Article> NEWEST_FIRST =
            Comparator.comparing(Article::published).reversed().thenComparing(Article::path);

    private final YamlReader yaml = new YamlReader();
    private final boolean cached;

    /** A loader that reads every article afresh. */
    public ContentLoader() {
        this(false);
    }

    /**
     * @param cached keep parsed articles between builds in the newsroom's {@code .gazette-cache/}
     *               (a hit is exactly what a fresh read gives: see {@link ArticleCache})
     */
    public ContentLoader(boolean cached) {
        this.cached = cached;
    }

    /**
     * @param now the build clock; null for the one pinned in site.yaml ({@code buildClock}), else
     *            the current time
     */
    public Newsroom load(Path sourceDir, Instant now) {
        return load(sourceDir, now, BodyStore.inMemory());
    }

    /**
     * @param now    as in {@link #load(Path, Instant)}
     * @param bodies where the articles' bodies are kept (a build of a large newsroom keeps them on disk)
     */
    public Newsroom load(Path sourceDir, Instant now, BodyStore bodies) {
        return load(sourceDir, now, bodies, null);
    }

    /**
     * @param now        as in {@link #load(Path, Instant)}
     * @param bodies     as in {@link #load(Path, Instant, BodyStore)}
     * @param fileHashes null, or the {@link ContentFingerprint#hash(byte[])} of files by their name in the
     *                   newsroom ({@code content/articles/x.md}), for {@link ContentFingerprint#of(Path, Map)}:
     *                   every article file read has its hash put there. An article file whose hash is
     *                   there already (the same build's fingerprint read it a moment ago) is taken from
     *                   the cache by that hash without being read again, when the cache has it.
     */
    public Newsroom load(Path sourceDir, Instant now, BodyStore bodies, Map<String, byte[]> fileHashes) {
        Problems problems = new Problems();
        // Listing the articles needs only their folder (a third of a second on one core at 100,000
        // articles): it runs while the settings, sections and authors are read. Its problems join the
        // others only once those are read, so a newsroom whose settings fail reports the same errors
        // whichever finishes first.
        Path root = root(sourceDir);
        Problems listingProblems = new Problems();
        ForkJoinTask<ContentFiles.Found> listing = ForkJoinPool.commonPool().submit(() -> ContentFiles.find(root,
                articles(root), ".md", ".md", listingProblems));
        Setup setup;
        try {
            setup = setup(sourceDir, now, problems);
        } catch (RuntimeException | Error e) {
            listing.quietlyJoin(); // no walk left running in a folder the caller may delete
            throw e;
        }
        ContentFiles.Found found = listing.join(); // rethrows what the listing threw
        problems.addAll(listingProblems.errors());
        List<Path> files = found.files();
        ArticleCache cache = cached ? ArticleCache.open(setup.root(), setup.content(), found.others()) : null;
        SharedValues shared = new SharedValues();
        try {
            List<Article> articles = files.parallelStream()
                    .map(file -> {
                        // Each file gets its own problem list: whether it is valid must not depend on
                        // what other threads report meanwhile.
                        Problems own = new Problems();
                        Article article = read(file, setup, cache, bodies, shared, fileHashes, own);
                        problems.addAll(own.errors());
                        return article;
                    })
                    .filter(Objects::nonNull)
                    .toList();
            return assemble(setup, articles, problems);
        } finally {
            // Also when the content has problems: the valid articles are read, and the build after
            // the fix finds them (a failed build left its whole spill file in the cache folder).
            if (cache != null) {
                cache.save();
            }
        }
    }

    /** What every article is read against: the settings, sections and authors, and the build clock. */
    record Setup(Path root, Path content, Function<Path, String> display, ArticleContext ctx, List<Section> sections,
                 List<Author> authors, Instant clock) {
    }

    /** The newsroom folder every path of a load is resolved against: absolute and normalised. */
    static Path root(Path sourceDir) {
        return sourceDir.toAbsolutePath().normalize();
    }

    /** The folder of a newsroom's articles. */
    static Path articles(Path root) {
        return root.resolve("content").resolve("articles");
    }

    /** Reads settings, sections and authors; throws only when there is no usable site.yaml. */
    Setup setup(Path sourceDir, Instant now, Problems problems) {
        Path root = root(sourceDir);
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            problems.add(Source.file(root.toString()), "no content/ folder here",
                    "run Gazette in a newsroom folder, or point --source at one");
            problems.throwIfAny();
        }
        ImageFiles images;
        try {
            images = new ImageFiles(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Function<Path, String> display = p -> root.relativize(p).toString().replace('\\', '/');

        Path siteFile = content.resolve("site.yaml");
        YamlNode siteRoot = leavesProject(root, siteFile, display.apply(siteFile), problems) ? null
                : readYaml(siteFile, display.apply(siteFile), problems);
        SiteSettings site = siteRoot == null ? null : SettingsReader.read(siteRoot, siteFile, images, problems);
        MarkdownOptions markdown = siteRoot == null ? MarkdownOptions.DEFAULT : MarkdownOptions.read(siteRoot, problems);
        Path sectionsFile = content.resolve("sections.yaml");
        YamlNode sectionsRoot = leavesProject(root, sectionsFile, display.apply(sectionsFile), problems) ? null
                : readYaml(sectionsFile, display.apply(sectionsFile), problems);
        List<Section> sections = sectionsRoot == null ? List.of() : SectionsReader.read(sectionsRoot, problems);
        List<Author> authors = readAuthors(content.resolve("authors"), display, images, problems);
        if (site == null) {
            problems.throwIfAny();
        }

        Instant clock = now != null ? now : site.buildClock() != null ? site.buildClock() : Instant.now();
        ArticleContext ctx = new ArticleContext(site,
                sections.stream().collect(Collectors.toMap(Section::id, s -> s, (a, b) -> a, LinkedHashMap::new)),
                authors.stream().collect(Collectors.toMap(Author::id, a -> a, (a, b) -> a, TreeMap::new)),
                yaml, new MarkdownRenderer(site.basePath(), markdown), images);
        return new Setup(root, content, display, ctx, sections, authors, clock);
    }

    /**
     * One article, from the cache (when there is one) if its file and context are unchanged, else
     * read and then cached; its body moved into {@code bodies} and its repeated values shared. The
     * file is read once (the bytes that are hashed are the bytes that are parsed), the body encoded
     * once for the cache and the store, and the article record copied once.
     */
    private static Article read(Path file, Setup setup, ArticleCache cache, BodyStore bodies, SharedValues shared,
                                Map<String, byte[]> fileHashes, Problems problems) {
        String name = setup.display().apply(file);
        byte[] known = cache == null || fileHashes == null ? null : fileHashes.get(name);
        if (known != null) {
            Article article = cache.get(cache.key(file, known));
            if (article != null) {
                return shared.share(article, bodies.keep(article.body(), null));
            }
        }
        byte[] bytes = TextFiles.bytes(file, name, problems);
        if (bytes == null) {
            return null;
        }
        byte[] hash = cache == null && fileHashes == null ? null : ContentFingerprint.hash(bytes);
        if (fileHashes != null) {
            fileHashes.put(name, hash);
        }
        String key = cache == null ? null : cache.key(file, hash);
        Article article = key == null ? null : cache.get(key);
        boolean hit = article != null;
        if (!hit) {
            article = readArticle(file, name, bytes, setup, problems);
            if (article == null) {
                return null;
            }
        }
        byte[] utf8 = null;
        Body body = article.body();
        if (key != null && !hit && problems.isEmpty()) {
            utf8 = body.encoded();
            // The store reads the body where the cache wrote it, rather than writing it again.
            Body cached = cache.put(key, article, utf8);
            body = cached != null ? cached : body;
        }
        return shared.share(article, bodies.keep(body, utf8));
    }

    /** One article from bytes already read (and hashed by the caller); {@code name} is the file as the editor knows it. */
    static Article readArticle(Path file, String name, byte[] bytes, Setup setup, Problems problems) {
        try {
            return ArticleReader.read(file, name, bytes, setup.ctx(), problems);
        } catch (StackOverflowError e) {
            // A parser recursed too deep on input the limits did not foresee: this file fails alone.
            problems.add(new Source(name, 1, 1), "the article is nested too deeply to read",
                    "flatten deeply nested quotes, lists, emphasis or brackets");
            return null;
        }
    }

    /** The rules across files (unique URLs and slugs, aliases), then the newsroom at the build clock. */
    static Newsroom assemble(Setup setup, List<Article> articles, Problems problems) {
        List<Article> published = new ArrayList<>();
        List<Article> scheduled = new ArrayList<>();
        List<Article> drafts = new ArrayList<>();
        // The rules across files do not depend on each other: they run side by side, and beside the
        // sorting (half a second on one core at 100,000 articles). Problems are sorted when reported.
        Stream.<Runnable>of(
                () -> {
                    Set<Article> clashing = checkUnique(articles, Article::path, "URL /", Set.of(), problems);
                    checkUnique(articles, Article::slug, "slug ", clashing, problems);
                },
                () -> {
                    checkPaths(articles, setup.sections(), problems);
                    checkAliases(articles, setup.sections(), problems);
                },
                () -> {
                    for (Article a : articles) {
                        (a.draft() ? drafts : a.published().toInstant().isAfter(setup.clock()) ? scheduled : published).add(a);
                    }
                    published.sort(NEWEST_FIRST);
                    scheduled.sort(NEWEST_FIRST.reversed());
                    drafts.sort(Comparator.comparing(a -> a.source().file()));
                }).parallel().forEach(Runnable::run);
        problems.throwIfAny();
        return new Newsroom(setup.ctx().site(), setup.clock(), setup.sections(), setup.authors(), published, scheduled,
                drafts);
    }

    /** Reports a settings file that is a symbolic link to somewhere outside the newsroom folder. */
    private static boolean leavesProject(Path root, Path file, String name, Problems problems) {
        try {
            if (Files.isSymbolicLink(file) && Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
                problems.add(Source.file(name), "symbolic link leads outside the project", "copy the file into the project instead");
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private YamlNode readYaml(Path file, String name, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(Source.file(name), "file not found", "every newsroom needs " + name);
            return null;
        }
        String text = TextFiles.read(file, name, problems);
        if (text == null) {
            return null;
        }
        try {
            return yaml.read(text, name, 0);
        } catch (YamlReader.YamlException e) {
            problems.addAll(List.of(e.error()));
            return null;
        }
    }

    private List<Author> readAuthors(Path dir, Function<Path, String> display, ImageFiles images, Problems problems) {
        List<Author> authors = new ArrayList<>();
        for (Path file : ContentFiles.list(dir.getParent().getParent(), dir, ".yaml", ".yml", problems)) {
            String name = display.apply(file);
            String fileName = file.getFileName().toString();
            if (fileName.endsWith(".yml")) {
                problems.add(Source.file(name), "author files end in .yaml, not .yml",
                        "rename it to " + fileName.substring(0, fileName.length() - 4) + ".yaml");
                continue;
            }
            String id = fileName.substring(0, fileName.length() - ".yaml".length());
            if (!Slugs.isValid(id)) {
                problems.add(Source.file(name), "author file name '" + fileName + "' is not a valid id",
                        "rename it to lowercase letters, digits and dashes, e.g. " + Slugs.slugify(id) + ".yaml");
                continue;
            }
            YamlNode node = readYaml(file, name, problems);
            Author author = node == null ? null : AuthorReader.read(id, node, file, images, problems);
            if (author != null) {
                authors.add(author);
            }
        }
        return authors;
    }

    /** Reports articles whose key is taken; returns those reported, so one clash is told once. */
    private static Set<Article> checkUnique(List<Article> articles, Function<Article, String> key, String what,
                                            Set<Article> alreadyReported, Problems problems) {
        Map<String, Article> seen = new HashMap<>();
        Set<Article> reported = new HashSet<>();
        articles.stream().sorted(Comparator.comparing(a -> a.source().file())).forEach(a -> {
            Article first = seen.putIfAbsent(key.apply(a), a);
            if (first != null && !alreadyReported.contains(a)) {
                problems.add(a.source(), "the " + what + key.apply(a) + " is already used by " + first.source().file(),
                        "give one of them another 'slug:'");
                reported.add(a);
            }
        });
        return reported;
    }

    /** A former URL redirects to one article only, and never hides a current page. */
    private static void checkAliases(List<Article> articles, List<Section> sections, Problems problems) {
        Set<String> sectionIds = sectionIds(sections);
        Map<String, Article> owners = new HashMap<>();
        articles.forEach(a -> owners.put(a.path(), a));
        articles.stream().sorted(Comparator.comparing(a -> a.source().file())).forEach(a -> {
            for (String alias : a.aliases()) {
                Article owner = owners.putIfAbsent(alias, a);
                if (owner != null && owner != a) {
                    String what = owner.path().equals(alias) ? "the URL of " : "also an alias of ";
                    problems.add(a.source(), "alias /" + alias + " is " + what + owner.source().file(),
                            "remove the alias from one of them");
                }
                if (isSitePage(alias, sectionIds)) {
                    problems.add(a.source(), "alias /" + alias + " belongs to the site's own pages", null);
                }
            }
        });
    }

    /** An article must not take a URL of the site's own pages (with e.g. {@code permalink: /{slug}/}). */
    private static void checkPaths(List<Article> articles, List<Section> sections, Problems problems) {
        Set<String> sectionIds = sectionIds(sections);
        for (Article a : articles) {
            if (isSitePage(a.path(), sectionIds)) {
                problems.add(a.source(), "the URL /" + a.path() + " belongs to the site's own pages",
                        "give the article another 'slug:' or change the permalink pattern in site.yaml");
            }
        }
    }

    /** Files the site itself writes at its root, which no article or alias may take. */
    private static final Set<String> ROOT_FILES = Set.of("index.html", "404.html", "feed.xml", "atom.xml", "feed.json",
            "sitemap.xml", "news-sitemap.xml", "robots.txt");

    /**
     * Whether a path (relative to the site root) belongs to the site's own pages: a reserved first
     * folder, a section's listing ({@code world/}, {@code world/page/2/}), or a file at the root.
     */
    private static boolean isSitePage(String path, Set<String> sectionIds) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        boolean listing = sectionIds.contains(first) && (path.equals(first + "/") || path.startsWith(first + "/page/"));
        boolean rootFile = slash < 0 && (ROOT_FILES.contains(path) || path.matches("(news-)?sitemap-\\d+\\.xml"));
        return SectionsReader.RESERVED.contains(first) || listing || rootFile;
    }

    private static Set<String> sectionIds(List<Section> sections) {
        Set<String> ids = new HashSet<>();
        sections.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** Lists the editor files in a folder tree, refusing links that lead out of the project. */
    static final class ContentFiles {
        private ContentFiles() {
        }

        /**
         * The editor files found under a folder, and the other regular files there (pictures beside
         * the articles), each sorted. Links to regular files count as files.
         */
        record Found(List<Path> files, List<Path> others) {
        }

        static List<Path> list(Path projectRoot, Path dir, String extension, Problems problems) {
            return find(projectRoot, dir, extension, extension, problems).files();
        }

        static List<Path> list(Path projectRoot, Path dir, String extension, String alsoExtension, Problems problems) {
            return find(projectRoot, dir, extension, alsoExtension, problems).files();
        }

        static Found find(Path projectRoot, Path dir, String extension, String alsoExtension, Problems problems) {
            if (!Files.isDirectory(dir)) {
                return new Found(List.of(), List.of());
            }
            Set<Path> links = new HashSet<>();
            List<Path> others = new ArrayList<>();
            // The walk has read each file's attributes (without following links): no second stat.
            try (Stream<Path> found = Files.find(dir, Integer.MAX_VALUE, (p, attributes) -> {
                String name = p.getFileName().toString();
                boolean named = name.endsWith(extension) || name.endsWith(alsoExtension);
                if (!named || name.startsWith(".")) {
                    if (!named && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p))) {
                        others.add(p);
                    }
                    return false;
                }
                if (attributes.isSymbolicLink()) {
                    links.add(p);
                    return Files.isRegularFile(p);
                }
                return attributes.isRegularFile();
            })) {
                Path realRoot = projectRoot.toRealPath();
                List<Path> out = new ArrayList<>();
                for (Path p : found.sorted().toList()) {
                    if (links.contains(p) && !p.toRealPath().startsWith(realRoot)) {
                        problems.add(Source.file(projectRoot.relativize(p).toString()),
                                "symbolic link leads outside the project", "copy the file into the project instead");
                        continue;
                    }
                    out.add(p);
                }
                others.sort(null);
                return new Found(out, others);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
