package org.gazette.build;

import java.util.List;
import org.gazette.content.ContentFingerprint;
import org.gazette.content.ContentLoader;
import org.gazette.images.ImagePlan;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.output.OutputException;
import org.gazette.output.SiteUpdate;
import org.gazette.ranking.Rankings;
import org.gazette.render.SiteRenderer;
import org.gazette.render.Theme;

/**
 * {@code gazette rank}: recomputes only the rankings of an already built site and rewrites only
 * the files whose bytes change because of them (the ranking JSON and the pages that show the
 * lists). It refuses to run when the newsroom changed since that build, or a scheduled article
 * came due: those need a full build, or the site would show half-published content.
 */
public final class RankUpdate {
    private final ContentLoader loader = new ContentLoader();

    /** What a rank run changed, and the engine's result (for {@code --explain}). */
    public record Report(Rankings rankings, List<String> changed, List<Article> trending, List<Article> mostRead) {
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
        Newsroom newsroom = loader.load(options.source(), options.now());
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
        // As a build renders: a million pages' view models are never held at once.
        SiteBuild.forEachNewestFirst(renderer.lazyPlan(),
                (page, i) -> update.writeIfChanged(page.file(), renderer.render(page)));
        renderer.rankingFiles(newsroom.now()).forEach(update::writeIfChanged);
        return new Report(ranked.rankings(), update.changed(), ranked.trending(), ranked.mostRead());
    }
}
