package org.gazette.build;

import java.util.List;
import org.gazette.content.BodyStore;
import org.gazette.content.ContentFingerprint;
import org.gazette.content.ContentLoader;
import org.gazette.images.ImagePlan;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.output.OutputException;
import org.gazette.output.SiteUpdate;
import org.gazette.ranking.Rankings;
import org.gazette.render.LazyPage;
import org.gazette.render.PageFingerprint;
import org.gazette.render.SiteRenderer;
import org.gazette.render.Theme;
import org.gazette.render.feed.SiteFeeds;

/**
 * {@code gazette rank}: recomputes only the rankings of an already built site and rewrites only
 * the files whose bytes change because of them (the ranking JSON and the pages that show the
 * lists). It refuses to run when the newsroom changed since that build, or a scheduled article
 * came due: those need a full build, or the site would show half-published content. With the site's
 * page records ({@link PageRecords}) it renders only the pages that show what changed.
 */
public final class RankUpdate {
    /** As a build reads: from the article cache, bodies on disk until their pages need them. */
    private final ContentLoader loader = new ContentLoader(true);

    /**
     * What a rank run changed, the engine's result (for {@code --explain}), and how many pages it
     * rendered and how many it left unrendered as published ({@link PageReuse}), and why it could keep
     * none, if the newsroom can change that.
     */
    public record Report(Rankings rankings, List<String> changed, List<Article> trending, List<Article> mostRead,
                         int rendered, int unchanged, List<String> warnings) {
    }

    public Report run(BuildOptions options) {
        try (SiteUpdate update = SiteUpdate.open(options.out())) {
            // Read with the lock held: a build that swapped its site in meanwhile wrote another state.
            return run(options, BuildState.read(options.out()), update);
        }
    }

    private Report run(BuildOptions options, BuildState built, SiteUpdate update) {
        if (built == null) {
            throw new OutputException("the site in " + options.out() + " has no " + BuildState.PATH
                    + "\n    hint: run 'gazette build' once, then 'gazette rank' as often as you like");
        }
        if (!ContentFingerprint.isCurrentForm(built.content())) {
            throw new OutputException("the site in " + options.out() + " was built by an earlier version of Gazette"
                    + "\n    hint: run 'gazette build' once, then 'gazette rank' as often as you like");
        }
        if (!built.content().equals(ContentFingerprint.of(options.source()))) {
            throw new OutputException("content/ or templates/ changed since the site was built at " + built.generatedAt()
                    + "\n    hint: run 'gazette build' to publish the changes; 'rank' only refreshes the rankings");
        }
        try (BodyStore bodies = BodyStore.onDisk()) {
            return rank(options, built, update, loader.load(options.source(), options.now(), bodies));
        }
    }

    private Report rank(BuildOptions options, BuildState built, SiteUpdate update, Newsroom newsroom) {
        String published = ContentFingerprint.ofPublished(newsroom.published().stream().map(Article::path).toList());
        if (!built.published().equals(published)) {
            throw new OutputException("the published articles changed since " + built.generatedAt()
                    + " (a scheduled article came due)\n    hint: run 'gazette build' to publish it");
        }
        ReadershipRanking.Result ranked = ReadershipRanking.rank(newsroom, options.source(), options.analytics());
        // The same picture files and asset names as the build: names follow from the bytes, nothing is processed.
        ImagePlan images = ImagePlan.of(MediaFiles.of(newsroom), newsroom.site().images());
        SiteRenderer renderer = new SiteRenderer(newsroom, new Theme(options.source()), ranked.trending(), ranked.mostRead(),
                images, built.minified());
        List<LazyPage> pages = renderer.lazyPlan();
        // Pages that read neither the rankings nor the clock, or read them as they were, are left as
        // they are unrendered; the others are rendered, and rewritten if their bytes changed. The
        // records then hold the new rankings, so the next build keeps what this run rendered.
        PageReuse reuse = PageReuse.of(renderer, true, options.out(), pages.size());
        try {
            // As a build renders: a million pages' view models are never held at once.
            SiteBuild.forEachNewestFirst(pages, (page, i) -> reuse.keepOrRender(i, page, update, "page " + page.file()));
        } finally {
            PageFingerprint.forgetShared();
        }
        renderer.rankingFiles(newsroom.now()).forEach(update::writeIfChanged);
        // No feed shows the rankings: each is kept as published, with its record, unless it was never recorded.
        new SiteFeeds(newsroom, renderer.feeds(), List.of()).writeFeeds(reuse.feeds(update));
        reuse.records().ifPresent(records -> update.writeRecord(PageRecords.PATH, records));
        update.writeGzipRecords();
        return new Report(ranked.rankings(), update.changed(), ranked.trending(), ranked.mostRead(), reuse.rendered(),
                reuse.kept(), reuse.warning().stream().toList());
    }
}
