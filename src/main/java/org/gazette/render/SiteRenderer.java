package org.gazette.render;

import freemarker.template.Configuration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.images.ImagePlan;
import org.gazette.model.Article;
import org.gazette.model.Listings;
import org.gazette.model.Newsroom;
import org.gazette.model.SiteSettings;
import org.gazette.render.feed.Feed;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.SiteView;

/** Renders one newsroom: plans its pages and turns each into HTML. Thread-safe after construction. */
public final class SiteRenderer {
    private final ViewFactory views;
    private final PagePlanner planner;
    private final TemplateEngine engine;
    private final List<ArticleCard> trending;
    private final List<ArticleCard> mostRead;
    private final ThemeAssets assets;
    /** Markup of {@code <@cached>} blocks, for this renderer's newsroom only. */
    private final CachedDirective cached = new CachedDirective();
    private final Newsroom newsroom;
    private final Theme theme;

    /**
     * A preview renderer: pictures as placed (no processed files) and the theme's files under their
     * own names, as they are ({@code assets/css/gazette.css}).
     */
    public SiteRenderer(Newsroom newsroom, Theme theme, List<Article> trending, List<Article> mostRead) {
        this(newsroom, theme, trending, mostRead, ImagePlan.NONE, new ThemeAssets(theme, false, false));
    }

    /** A build's renderer: processed pictures, fingerprinted theme files, minified when {@code minify}. */
    public SiteRenderer(Newsroom newsroom, Theme theme, List<Article> trending, List<Article> mostRead,
                        ImagePlan images, boolean minify) {
        this(newsroom, theme, trending, mostRead, images, new ThemeAssets(theme, true, minify));
    }

    /**
     * @param trending articles for the Trending block, in order (may be empty: the block is omitted)
     * @param mostRead articles for the Most Read block, in order (may be empty)
     * @param images   the processed files of the pictures, which the pages show
     * @param assets   the theme's files as published
     */
    public SiteRenderer(Newsroom newsroom, Theme theme, List<Article> trending, List<Article> mostRead,
                        ImagePlan images, ThemeAssets assets) {
        Listings listings = Listings.of(newsroom);
        this.newsroom = newsroom;
        this.theme = theme;
        this.views = new ViewFactory(newsroom, listings, images);
        this.planner = new PagePlanner(newsroom, views, listings);
        this.assets = assets;
        this.engine = new TemplateEngine(theme, newsroom.site(), assets);
        this.trending = views.cards(trending);
        this.mostRead = views.cards(mostRead);
    }

    private SiteRenderer(SiteRenderer same, Newsroom newsroom, List<Article> trending, List<Article> mostRead) {
        this.newsroom = newsroom;
        this.theme = same.theme;
        this.views = new ViewFactory(same.views);
        this.planner = new PagePlanner(newsroom, views, Listings.of(newsroom));
        this.assets = same.assets;
        this.engine = same.engine;
        this.trending = views.cards(trending);
        this.mostRead = views.cards(mostRead);
    }

    /**
     * A renderer for {@code edited}, this renderer's newsroom with articles changed only in place (the
     * same settings, clock, sections, authors and published articles, each with the same URL, date,
     * section, authors and tags): it shares this one's templates, already parsed, and site-wide views.
     */
    public SiteRenderer inPlace(Newsroom edited, List<Article> trending, List<Article> mostRead) {
        return new SiteRenderer(this, edited, trending, mostRead);
    }

    /** The theme's files as published (fingerprinted names, minified when asked). */
    public ThemeAssets assets() {
        return assets;
    }

    public List<PageSpec> plan() {
        return planner.plan();
    }

    /** The feeds the pages link to, for {@link org.gazette.render.feed.SiteFeeds}. */
    public List<Feed> feeds() {
        return planner.feeds();
    }

    /** The pages of {@link #plan}, in its order, each made when asked for (see {@link PagePlanner#lazyPlan}). */
    public List<LazyPage> lazyPlan() {
        return planner.lazyPlan();
    }

    /** The pages of one published article of this newsroom (its page and redirects), planned as in {@link #plan}. */
    public List<PageSpec> planArticle(Article article) {
        return planner.articlePages(article);
    }

    /** One page as published: UTF-8 HTML. */
    public byte[] render(PageSpec page) {
        return engine.render(page, views.site(), trending, mostRead, cached);
    }

    /** One page as published, handed to {@code out} without a copy (see {@link TemplateEngine.PageBytes}). */
    public void render(PageSpec page, TemplateEngine.PageBytes out) {
        engine.render(page, views.site(), trending, mostRead, cached, out);
    }

    /** The project's {@code templates/} files as pages depend on them. */
    public TemplateFiles templateFiles() {
        return theme.projectFiles();
    }

    /**
     * The fingerprint of what every page is rendered with besides its own {@link PageSpec}: {@code code}
     * (Gazette's, which holds the built-in theme), the Java and Freemarker that run it, the project's
     * {@code templates} files, the settings the template engine takes, the published names of the
     * theme's files and the site view, without the build clock and the rankings, which only some
     * pages read (see {@link #clockFingerprint}, {@link #rankingsFingerprint}, {@link PageReads}).
     */
    public PageFingerprint siteWideFingerprint(String code, TemplateFiles templates) {
        Map<String, String> assetNames = new TreeMap<>();
        assets.all().forEach((name, asset) -> assetNames.put(name, asset.outputPath()));
        SiteSettings settings = newsroom.site();
        return PageFingerprint.of("gazette pages 2", code, Runtime.version().toString(), System.getProperty("java.vendor"),
                Configuration.getVersion().toString(), TemplateEngine.VERSION.toString(), templates.hashes(), settings.basePath(),
                settings.locale().toString(), settings.timeZone().toString(), assetNames,
                withoutClock(views.site()));
    }

    /** The site view without the build clock, which only the pages that show it depend on. */
    private static SiteView withoutClock(SiteView site) {
        return new SiteView(site.title(), site.description(), site.baseUrl(), site.homeUrl(), site.language(),
                site.locale(), site.publisher(), site.sections(), site.archiveUrl(), site.tagsUrl(), site.authorsUrl(), null);
    }

    /** The fingerprint of the build clock as pages show it ({@code site.generatedAt}). */
    public PageFingerprint clockFingerprint() {
        return PageFingerprint.of(views.site().generatedAt());
    }

    /** The fingerprint of the Trending and Most Read lists. */
    public PageFingerprint rankingsFingerprint() {
        return PageFingerprint.of(trending, mostRead);
    }

    /** The ranking lists as JSON files ({@link RankingFiles}). */
    public Map<String, byte[]> rankingFiles(java.time.Instant now) {
        return RankingFiles.of(now, trending, mostRead);
    }
}
