package org.gazette.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gazette.content.ContentLoader;
import org.gazette.content.ContentSession;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.PageInputs;
import org.gazette.render.PageSpec;
import org.gazette.render.SiteRenderer;
import org.gazette.render.SitemapPages;
import org.gazette.render.Theme;
import org.gazette.render.feed.SiteFeeds;

/**
 * The build pipeline into memory, kept between changes: the newsroom stays loaded
 * ({@link ContentSession}), and a rebuild renders only the pages whose inputs changed — an edited
 * article, the listings and pages that show it — or that use a changed template. Articles edited in
 * place ({@link CardEdit}: same URL, date, section, authors, tags, status) take a fast path that plans
 * only their own pages and swaps their new card into the pages that show it ({@link CardIndex});
 * anything else plans every page again. Settings changes render everything. Nothing is written to
 * disk. One rebuild at a time (not thread-safe); the snapshots it returns are immutable and may be shared.
 */
public final class MemoryBuild {
    private final Options options;
    private final ContentSession session;
    private Theme theme;
    private Newsroom newsroom;
    private ReadershipRanking.Result ranked;
    private String rankedKey;
    private Rendered last;

    /**
     * @param drafts show drafts (a preview; a build never does)
     * @param future show scheduled articles as if published (a preview)
     */
    public record Options(Path source, Instant now, List<String> analytics, boolean drafts, boolean future) {
    }

    /**
     * What changed since the last rebuild.
     *
     * @param content   changed files under content/ (null: all of it)
     * @param templates changed template names ({@code pages/article.ftlh}); null: all, or a theme
     *                  file whose users are unknown (layouts, macros)
     * @param theme     whether anything under templates/ changed
     */
    public record Change(Collection<Path> content, Set<String> templates, boolean theme) {
        public static final Change ALL = new Change(null, null, true);

        public static Change content(Collection<Path> files) {
            return new Change(List.copyOf(files), Set.of(), false);
        }
    }

    public MemoryBuild(Options options) {
        this.options = options;
        this.session = new ContentSession(options.source(), options.now());
    }

    /**
     * Brings the site up to date with {@code change}. Throws like a build ({@code ContentException},
     * {@code RenderException}, {@code ReadershipException}); the previous snapshot then stays valid.
     */
    public SiteSnapshot rebuild(Change change, Consumer<String> timing) {
        Stopwatch clock = new Stopwatch();
        boolean contentChanged = change.content() == null || !change.content().isEmpty() || newsroom == null;
        Newsroom loaded = contentChanged ? session.load(change.content()) : newsroom;
        timing.accept("load " + clock.lap() + " ms");
        Newsroom shown = shown(loaded);
        String key = ContentFingerprintKey.of(shown) + options.analytics();
        // The readership data is read again only when the published set changes; otherwise the
        // same places are kept, with the articles as now edited.
        boolean sameRanking = key.equals(rankedKey);
        ReadershipRanking.Result rank = sameRanking ? remap(ranked, shown)
                : ReadershipRanking.rank(shown, options.source(), options.analytics());
        if (theme == null || change.theme()) {
            theme = new Theme(options.source());
        }
        // Articles edited in place take the fast path; anything else plans every page again.
        List<Article> edited = sameRanking && articlesOnly(change) ? CardEdit.edited(last.shown(), shown) : null;
        Rendered previous = last;
        last = null; // a failure below leaves no state to build on: the next rebuild renders everything
        Rendered made = edited != null
                ? CardEdit.render(edited, shown, previous, previous.renderer().inPlace(shown, rank.trending(),
                        rank.mostRead()), rank, timing, clock::lap)
                : renderPlanned(change, previous, shown, rank, timing, clock);
        newsroom = loaded;
        ranked = rank;
        rankedKey = key;
        last = made;

        Map<String, byte[]> data = new LinkedHashMap<>(made.renderer().rankingFiles(shown.now()));
        Path source = options.source();
        List<PageSpec> specs = made.plan();
        SiteRenderer renderer = made.renderer();
        Supplier<Map<String, byte[]>> feeds = memo(() -> {
            Map<String, byte[]> out = new LinkedHashMap<>(
                    new SiteFeeds(shown, renderer.feeds(), SitemapPages.of(specs)).files());
            out.put(BuildState.PATH, BuildState.of(loaded, source).json());
            return out;
        });
        Map<String, Path> files = new LinkedHashMap<>();
        MediaFiles.of(shown).forEach(i -> files.putIfAbsent(i.outputPath(), i.file()));
        theme.assets().forEach((path, file) -> files.put("assets/" + path, file));
        return new SiteSnapshot(loaded, shown, made.html(), data, feeds, files, made.rendered());
    }

    /**
     * The pages of the last good rebuild and what made them: the newsroom shown, the renderer, the
     * plan with its {@link CardIndex}, every page's HTML by file, and how many pages were rendered.
     */
    record Rendered(Newsroom shown, SiteRenderer renderer, List<PageSpec> plan, CardIndex index,
                    Map<String, byte[]> html, int rendered) {
    }

    /** Whether {@code change} touches article files only, after a good rebuild: maybe an edit in place. */
    private boolean articlesOnly(Change change) {
        return last != null && change.content() != null && change.templates() != null && change.templates().isEmpty()
                && !change.theme() && change.content().stream().allMatch(MemoryBuild::isArticleFile);
    }

    /**
     * The full path: plans every page, and renders those whose inputs changed since {@code previous}
     * (all of them after a failure, a change beyond the articles, or new rankings).
     */
    private Rendered renderPlanned(Change change, Rendered previous, Newsroom shown, ReadershipRanking.Result rank,
                                   Consumer<String> timing, Stopwatch clock) {
        SiteRenderer renderer = new SiteRenderer(shown, theme, rank.trending(), rank.mostRead());
        List<PageSpec> specs = renderer.plan();
        timing.accept("plan " + clock.lap() + " ms");
        boolean everything = previous == null || change.content() == null || change.templates() == null
                || change.content().stream().anyMatch(p -> !isArticleFile(p))
                || ranked == null || !rank.trending().equals(ranked.trending()) || !rank.mostRead().equals(ranked.mostRead());
        Map<String, PageSpec> before = new HashMap<>();
        if (!everything) {
            previous.plan().forEach(s -> before.put(s.file(), s));
        }
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        AtomicInteger rendered = new AtomicInteger();
        specs.parallelStream().forEach(spec -> {
            PageSpec old = before.get(spec.file());
            byte[] html = everything || old == null || change.templates().contains(spec.template())
                    || !PageInputs.same(old, spec) ? null : previous.html().get(spec.file());
            if (html == null) {
                html = renderer.render(spec);
                rendered.incrementAndGet();
            }
            pages.put(spec.file(), html);
        });
        timing.accept("render " + rendered.get() + " pages " + clock.lap() + " ms");
        CardIndex index = CardIndex.of(specs);
        timing.accept("index " + clock.lap() + " ms");
        return new Rendered(shown, renderer, specs, index, Map.copyOf(pages), rendered.get());
    }

    private static ReadershipRanking.Result remap(ReadershipRanking.Result r, Newsroom shown) {
        Map<String, Article> byPath = new HashMap<>();
        shown.published().forEach(a -> byPath.put(a.path(), a));
        return new ReadershipRanking.Result(r.trending().stream().map(a -> byPath.get(a.path())).toList(),
                r.mostRead().stream().map(a -> byPath.get(a.path())).toList(), r.rankings());
    }

    /** The newsroom the pages show: the published articles, with drafts and scheduled ones in a preview. */
    private Newsroom shown(Newsroom n) {
        if (!options.drafts() && !options.future()) {
            return n;
        }
        List<Article> all = new ArrayList<>(n.published());
        if (options.drafts()) {
            all.addAll(n.drafts());
        }
        if (options.future()) {
            all.addAll(n.scheduled());
        }
        all.sort(ContentLoader.NEWEST_FIRST);
        return new Newsroom(n.site(), n.now(), n.sections(), n.authors(), all,
                options.future() ? List.of() : n.scheduled(), options.drafts() ? List.of() : n.drafts());
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".md") && p.toString().replace('\\', '/').contains("/content/articles/");
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The published set and its ranking inputs: rankings are recomputed only when it changes. */
    private static final class ContentFingerprintKey {
        static String of(Newsroom n) {
            StringBuilder s = new StringBuilder().append(n.now()).append('|');
            for (Article a : n.published()) {
                s.append(a.path()).append(a.aliases()).append(a.pinnedUntil()).append(a.rankingExcluded()).append('|');
            }
            return s.toString();
        }
    }

    private static final class Stopwatch {
        private long last = System.nanoTime();

        long lap() {
            long now = System.nanoTime();
            long ms = (now - last) / 1_000_000;
            last = now;
            return ms;
        }
    }
}
