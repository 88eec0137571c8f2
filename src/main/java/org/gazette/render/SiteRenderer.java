package org.gazette.render;

import java.util.List;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.view.ArticleCard;

/** Renders one newsroom: plans its pages and turns each into HTML. Thread-safe after construction. */
public final class SiteRenderer {
    private final ViewFactory views;
    private final PagePlanner planner;
    private final TemplateEngine engine;
    private final List<ArticleCard> trending;
    private final List<ArticleCard> mostRead;

    /**
     * @param trending articles for the Trending block, in order (may be empty: the block is omitted)
     * @param mostRead articles for the Most Read block, in order (may be empty)
     */
    public SiteRenderer(Newsroom newsroom, Theme theme, List<Article> trending, List<Article> mostRead) {
        this.views = new ViewFactory(newsroom);
        this.planner = new PagePlanner(newsroom, views);
        this.engine = new TemplateEngine(theme, newsroom.site());
        this.trending = views.cards(trending);
        this.mostRead = views.cards(mostRead);
    }

    public List<PageSpec> plan() {
        return planner.plan();
    }

    public String render(PageSpec page) {
        return engine.render(page, views.site(), trending, mostRead);
    }

    /** The ranking lists as JSON files ({@link RankingFiles}). */
    public Map<String, byte[]> rankingFiles(java.time.Instant now) {
        return RankingFiles.of(now, trending, mostRead);
    }
}
