package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import org.gazette.content.BodyStore;
import org.gazette.content.ContentFingerprint;
import org.gazette.content.ContentLoader;
import org.gazette.images.ImagePlan;
import org.gazette.images.ImageProcessor;
import org.gazette.model.Image;
import org.gazette.model.Newsroom;
import org.gazette.output.ParallelWrites;
import org.gazette.output.Precompression;
import org.gazette.output.ReplacedSites;
import org.gazette.output.StagedSite;
import org.gazette.render.LazyPage;
import org.gazette.render.PageFingerprint;
import org.gazette.render.PageSpec;
import org.gazette.render.SiteRenderer;
import org.gazette.render.SitemapPages;
import org.gazette.render.Theme;
import org.gazette.render.feed.SiteFeeds;

/** One full build of a newsroom into its output folder. */
public final class SiteBuild {
    private final ContentLoader loader = new ContentLoader(true);
    private final Progress progress;

    public SiteBuild() {
        this(Progress.NONE);
    }

    /** @param progress told how far rendering has come (for a progress line on a terminal) */
    public SiteBuild(Progress progress) {
        this.progress = progress;
    }

    /**
     * Runs the pipeline. Content problems throw {@link org.gazette.content.ContentException} before
     * anything is written; any failure leaves the previous output untouched.
     */
    public BuildReport run(BuildOptions options) {
        Map<String, StageTime> stages = new LinkedHashMap<>();
        StageTime.Stopwatch clock = new StageTime.Stopwatch();
        // Same inputs and clock as the site's last build: it would be rebuilt byte for byte, so it is left
        // alone. Only a site built with a fixed clock records its inputs. The content fingerprint is made
        // from the files' hashes, which the loader reads or is given: no article is read twice (the
        // check's hashes find cached articles without a read, and a file read has its hash replaced).
        String recorded = options.now() == null ? null : BuildInputs.recorded(options.out());
        Map<String, byte[]> fileHashes = new ConcurrentHashMap<>();
        if (recorded != null
                && BuildInputs.of(options, ContentFingerprint.of(options.source(), Map.of(), fileHashes)).equals(recorded)) {
            stages.put("check inputs", clock.lap());
            return BuildReport.upToDate(options.now(), stages);
        }
        // The sites earlier builds replaced are deleted while this one loads, ranks and plans.
        ReplacedSites replaced = ReplacedSites.deleteInBackground(options.out());
        // Bodies wait on disk until their pages are rendered: memory grows with metadata, not text.
        try (BodyStore bodies = BodyStore.onDisk()) {
            return build(options, bodies, fileHashes, replaced, stages, clock);
        } finally {
            replaced.stop(); // done before staging when the build got there; a failed build does not wait for it
        }
    }

    /** @param fileHashes hashes of the newsroom's files by name, if already made; the loader adds what it reads */
    private BuildReport build(BuildOptions options, BodyStore bodies, Map<String, byte[]> fileHashes, ReplacedSites replaced,
                              Map<String, StageTime> stages, StageTime.Stopwatch clock) {
        Newsroom newsroom = loader.load(options.source(), options.now(), bodies, fileHashes);
        String content = ContentFingerprint.of(options.source(), fileHashes);
        String inputs = BuildInputs.of(options, content);
        stages.put("load content", clock.lap());

        // Before anything is written: a picture that cannot be decoded is a content error.
        List<Image> media = MediaFiles.of(newsroom);
        ImagePlan images = ImagePlan.of(media, newsroom.site().images());
        PictureJob pictures = PictureJob.start(images, options.source().resolve(ImageProcessor.CACHE),
                MediaFiles.display(options.source()));
        try {
            return renderAndWrite(options, newsroom, content, inputs, media, images, pictures, replaced, stages, clock);
        } catch (RuntimeException e) {
            throw pictures.after(e);
        } catch (Error e) {
            pictures.awaitQuietly(); // no thread left writing to the picture cache once the build has ended
            throw e;
        }
    }

    private BuildReport renderAndWrite(BuildOptions options, Newsroom newsroom, String content, String inputs,
                                       List<Image> media, ImagePlan images, PictureJob pictures, ReplacedSites replaced,
                                       Map<String, StageTime> stages, StageTime.Stopwatch clock) {
        ReadershipRanking.Result ranked = ReadershipRanking.rank(newsroom, options.source(), options.analytics());
        stages.put("rank", clock.lap());
        pictures.throwIfFailed();

        Theme theme = new Theme(options.source());
        SiteRenderer renderer = new SiteRenderer(newsroom, theme, ranked.trending(), ranked.mostRead(), images,
                options.minify());
        List<LazyPage> pages = renderer.lazyPlan();
        stages.put("plan pages", clock.lap());

        Map<String, Integer> byKind = new ConcurrentHashMap<>();
        int files;
        int rendered;
        List<String> warnings = new ArrayList<>(BuildWarnings.of(newsroom, media, options.source()));
        replaced.await(); // before staging, which removes what is left of them under the output's lock
        try (StagedSite site = StagedSite.open(options.out(), options.source())) {
            PageReuse reuse = PageReuse.of(renderer, site.canKeepPublishedFiles(), options.out(), pages.size());
            reuse.warning().ifPresent(warnings::add);
            SitemapPages.Entry[] sitemap;
            try {
                sitemap = renderPages(pages, newsroom, renderer, site, byKind, pictures, reuse);
            } finally {
                PageFingerprint.forgetShared();
            }
            // The plan's recipes are not needed past here: a million articles' plan is a lot to carry into the feeds.
            pages = null;
            rendered = reuse.rendered();
            stages.put("render pages (" + rendered + " rendered, " + reuse.kept() + " unchanged)", clock.lap());
            // The stage is the wait for the pictures once rendering is done; its name says how long they took.
            ImageProcessor.Result processed = pictures.result();
            stages.put(String.format(Locale.ROOT, "process images (%d processed, %d from cache; %.2f s beside rank, plan"
                    + " and render)", processed.processed(), processed.cached(), pictures.took().toMillis() / 1000.0),
                    clock.lap());
            new SiteFeeds(newsroom, renderer.feeds(), SitemapPages.of(Arrays.asList(sitemap))).write(reuse.feeds(site));
            renderer.rankingFiles(newsroom.now()).forEach((path, bytes) -> site.write(path, bytes, "rankings /" + path));
            site.write(BuildState.PATH, BuildState.of(newsroom, content, options.minify()).json(), "build state");
            if (inputs != null) {
                site.write(BuildInputs.PATH, inputs + "\n", "build inputs");
            }
            reuse.records().ifPresent(records -> site.write(PageRecords.PATH, records, "page records"));
            stages.put("write feeds (" + reuse.feedsWritten() + " written, " + reuse.feedsKept() + " unchanged)", clock.lap());
            copyMedia(media, options.source(), site);
            processed.files().forEach((path, file) -> site.copy(path, file, "processed picture " + path));
            renderer.assets().all().forEach((name, asset) -> site.write(asset.outputPath(), asset.bytes(), "theme asset " + name));
            String precompressed = "";
            if (options.precompress()) {
                // Last: the .gz variants are made from the staged files, every text file already there.
                Precompression.Result gz = Precompression.addTo(site);
                precompressed = "; " + gz.compressed() + " compressed, " + gz.unchanged() + " .gz unchanged";
            }
            files = site.fileCount();
            int unchanged = site.unchangedCount();
            site.commit();
            stages.put("write files (" + (files - unchanged) + " written, " + unchanged + " unchanged" + precompressed + ")",
                    clock.lap());
        }
        return new BuildReport(newsroom.now(), new TreeMap<>(byKind), files, newsroom.published().size(), newsroom.scheduled(), newsroom.drafts(),
                ranked.rankings().summary(), stages, warnings, false, rendered);
    }

    /**
     * Makes, renders, writes and drops each page on every core, newest first (the site is never whole
     * in memory); returns the pages' sitemap entries, in plan order.
     */
    private SitemapPages.Entry[] renderPages(List<LazyPage> pages, Newsroom newsroom, SiteRenderer renderer,
                                             StagedSite site, Map<String, Integer> byKind, PictureJob pictures,
                                             PageReuse reuse) {
        PageOrigins origins = new PageOrigins(newsroom);
        AtomicInteger rendered = new AtomicInteger();
        SitemapPages.Entry[] sitemap = new SitemapPages.Entry[pages.size()];
        forEachNewestFirst(pages, (page, i) -> {
            pictures.throwIfFailed();
            reuse.keepOrRender(i, page, site, origins.of(page));
            sitemap[i] = SitemapPages.entry(page);
            byKind.merge(page.page().kind(), 1, Integer::sum);
            progress.update("rendering pages", rendered.incrementAndGet(), pages.size());
        });
        return sitemap;
    }

    /**
     * Makes each page of the plan and hands it to {@code work} with its index in the plan, on every
     * core, newest first ({@link LazyPage#newestFirst}: an article's card is still cached for its other
     * pages), each page dropped once done; returns or throws once all have ended ({@link ParallelWrites}).
     */
    static void forEachNewestFirst(List<LazyPage> pages, ObjIntConsumer<PageSpec> work) {
        int[] order = LazyPage.newestFirst(pages);
        ParallelWrites.forEach(pages.size(), k -> work.accept(pages.get(order[k]).get(), order[k]));
    }

    /** Publishes the pictures of published articles, author photos and the logo; nothing of drafts. */
    private static void copyMedia(List<Image> media, Path source, StagedSite site) {
        java.util.function.Function<Path, String> name = MediaFiles.display(source);
        media.forEach(image -> site.copy(image.outputPath(), image.file(), name.apply(image.file())));
    }
}
