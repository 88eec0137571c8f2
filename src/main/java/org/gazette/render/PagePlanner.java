package org.gazette.render;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gazette.model.Article;
import org.gazette.model.Listings;
import org.gazette.model.Newsroom;
import org.gazette.model.Section;
import org.gazette.render.feed.Feed;
import org.gazette.render.feed.FeedPlanner;
import org.gazette.render.view.ArchiveView;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.AuthorView;
import org.gazette.render.view.LinkView;
import org.gazette.render.view.PageView;
import org.gazette.render.view.Pagination;
import org.gazette.render.view.SectionBlock;
import org.gazette.render.view.SectionView;
import org.gazette.render.view.TagView;

/** Decides every page of the site: which template renders it at which path with which variables. */
public final class PagePlanner {
    static final int LATEST = 6;
    static final int PER_SECTION_BLOCK = 4;
    static final int MORE_FROM_SECTION = 4;

    private final Newsroom newsroom;
    private final ViewFactory views;
    private final int pageSize;
    private final Listings listings;
    private final FeedPlanner feeds;
    private final StructuredData structured;

    PagePlanner(Newsroom newsroom, ViewFactory views, Listings listings) {
        this.newsroom = newsroom;
        this.views = views;
        this.listings = listings;
        this.structured = new StructuredData(views.site(), views.paths());
        this.pageSize = newsroom.site().pageSize();
        this.feeds = new FeedPlanner(newsroom, listings);
    }

    /** The feeds the pages link to. */
    List<Feed> feeds() {
        return feeds.feeds();
    }

    /** All pages, in a stable order: front, articles, sections, tags, authors, archive, 404. */
    List<PageSpec> plan() {
        return lazyPlan().stream().map(LazyPage::get).toList();
    }

    /**
     * All pages in {@link #plan}'s order, each made only when asked for: a build renders and drops them
     * one by one, so a large site's views and bodies are never all in memory at once.
     */
    List<LazyPage> lazyPlan() {
        List<LazyPage> pages = new ArrayList<>();
        pages.add(new LazyPage(Long.MAX_VALUE, this::front));
        newsroom.published().forEach(a -> pages.add(new LazyPage(newest(a), () -> article(a))));
        newsroom.published().forEach(a -> a.aliases().forEach(alias ->
                pages.add(new LazyPage(newest(a), () -> redirect(alias, a)))));
        for (Section s : newsroom.sections()) {
            SectionView section = views.section(s.id());
            pages.addAll(listing("section", s.id() + "/", section.name(), s.description(),
                    List.of(), listings.ofSection(s.id()), Map.of("section", section)));
        }
        LinkView tagsCrumb = new LinkView("Tags", views.paths().url(PagePaths.TAGS));
        pages.add(new LazyPage(Long.MAX_VALUE, () -> simple("tags", PagePaths.TAGS, "Tags", List.of(),
                Map.of("tags", views.tags()))));
        listings.byTag().forEach((slug, articles) -> {
            TagView tag = views.tag(slug);
            pages.addAll(listing("tag", PagePaths.tag(slug), tag.name(), null, List.of(tagsCrumb), articles,
                    Map.of("tag", tag)));
        });
        LinkView authorsCrumb = new LinkView("Authors", views.paths().url(PagePaths.AUTHORS));
        pages.add(new LazyPage(Long.MAX_VALUE, () -> simple("authors", PagePaths.AUTHORS, "Authors", List.of(),
                Map.of("authors", views.authors()))));
        for (AuthorView author : views.authors()) {
            pages.addAll(listing("author", PagePaths.author(author.id()), author.name(), author.bio(),
                    List.of(authorsCrumb), listings.ofAuthor(author.id()), Map.of("author", author)));
        }
        pages.addAll(archive());
        pages.add(new LazyPage(Long.MAX_VALUE, () -> simple("404", PagePaths.NOT_FOUND, "Page not found", List.of(),
                Map.of())));
        return pages;
    }

    private PageSpec front() {
        List<Article> all = newsroom.published();
        Map<String, Object> vars = new LinkedHashMap<>();
        Set<Article> shown = new HashSet<>(all.subList(0, Math.min(all.size(), 1 + LATEST)));
        if (!all.isEmpty()) {
            vars.put("lead", views.card(all.get(0)));
        }
        vars.put("latest", views.cards(all.subList(Math.min(all.size(), 1), Math.min(all.size(), 1 + LATEST))));
        List<SectionBlock> blocks = new ArrayList<>();
        for (Section s : newsroom.sections()) {
            List<Article> picks = listings.ofSection(s.id()).stream().filter(a -> !shown.contains(a))
                    .limit(PER_SECTION_BLOCK).toList();
            if (!picks.isEmpty()) {
                blocks.add(new SectionBlock(views.section(s.id()), views.cards(picks)));
            }
        }
        vars.put("sectionBlocks", blocks);
        PageView page = new PageView("front", newsroom.site().title(), newsroom.site().description(),
                views.paths().url(""), views.paths().absolute(""), List.of(home()), null, feeds.links(""));
        page = page.withStructuredData(structured.front());
        return new PageSpec("", "pages/front.ftlh", page, vars);
    }

    /**
     * One article's own pages, as {@link #plan} makes them: its page, then a redirect from each former
     * path. {@code a} must be the instance in the newsroom (it is left out of its "More from").
     */
    List<PageSpec> articlePages(Article a) {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(article(a));
        a.aliases().forEach(alias -> pages.add(redirect(alias, a)));
        return pages;
    }

    private PageSpec article(Article a) {
        ArticleCard card = views.card(a);
        // The stream stops at the section's newest few: walking all of it for every article page is a lot.
        List<ArticleCard> more = listings.ofSection(a.sectionId()).stream()
                .filter(o -> o != a).limit(MORE_FROM_SECTION).map(views::card).toList();
        List<LinkView> crumbs = List.of(home(), new LinkView(card.section().name(), card.section().url()),
                new LinkView(a.title(), card.url()));
        PageView page = new PageView("article", a.title(), a.summary(), card.url(), card.absoluteUrl(), crumbs, null,
                feeds.links(a.path()));
        page = page.withStructuredData(structured.article(page, card));
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("article", card);
        vars.put("body", new PageBody(a.body(), BodyImages.swaps(a.media(), views.images(), views.paths())));
        vars.put("moreFromSection", more);
        return new PageSpec(a.path(), "pages/article.ftlh", page, vars);
    }

    /** A former URL of an article: a tiny page that sends readers and crawlers on to the current one. */
    private PageSpec redirect(String alias, Article a) {
        ArticleCard card = views.card(a);
        PageView page = new PageView("redirect", a.title(), null, views.paths().url(alias), card.absoluteUrl(),
                List.of(home(), new LinkView(a.title(), card.url())), null, List.of());
        return new PageSpec(alias, "pages/redirect.ftlh", page, Map.of("target", card));
    }

    private List<LazyPage> archive() {
        List<LazyPage> pages = new ArrayList<>();
        Map<Integer, Map<Integer, List<Article>>> tree = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Article a : newsroom.published()) {
            ZonedDateTime local = a.published().withZoneSameInstant(newsroom.site().timeZone());
            tree.computeIfAbsent(local.getYear(), y -> new TreeMap<>(java.util.Comparator.reverseOrder()))
                    .computeIfAbsent(local.getMonthValue(), m -> new ArrayList<>()).add(a);
        }
        List<ArchiveView.YearView> years = new ArrayList<>();
        tree.forEach((year, months) -> {
            List<ArchiveView.MonthView> monthViews = new ArrayList<>();
            months.forEach((month, list) -> monthViews.add(new ArchiveView.MonthView(month, monthName(month),
                    views.paths().url(PagePaths.month(year, month)), list.size())));
            years.add(new ArchiveView.YearView(year, views.paths().url(PagePaths.year(year)),
                    months.values().stream().mapToInt(List::size).sum(), monthViews));
        });
        pages.add(new LazyPage(Long.MAX_VALUE, () -> simple("archive", PagePaths.ARCHIVE, "Archive", List.of(),
                Map.of("archive", new ArchiveView(null, null, years), "articles", List.of()))));
        LinkView archiveCrumb = new LinkView("Archive", views.paths().url(PagePaths.ARCHIVE));
        tree.forEach((year, months) -> {
            List<Article> ofYear = months.values().stream().flatMap(List::stream).toList();
            pages.addAll(listing("archive", PagePaths.year(year), Integer.toString(year), null, List.of(archiveCrumb),
                    ofYear, Map.of("archive", new ArchiveView(year, null, years))));
            LinkView yearCrumb = new LinkView(Integer.toString(year), views.paths().url(PagePaths.year(year)));
            months.forEach((month, list) -> pages.addAll(listing("archive", PagePaths.month(year, month),
                    monthName(month) + " " + year, null, List.of(archiveCrumb, yearCrumb), list,
                    Map.of("archive", new ArchiveView(year, month, years)))));
        });
        return pages;
    }

    private String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, newsroom.site().locale());
    }

    /** A paginated list of articles; every page gets {@code articles} and {@code page.pagination}. */
    private List<LazyPage> listing(String kind, String path, String title, String description,
                                             List<LinkView> parents, List<Article> articles, Map<String, Object> extra) {
        int total = Math.max(1, (articles.size() + pageSize - 1) / pageSize);
        // One list shared by every page of the listing: List.copyOf (in Pagination) keeps a list made by
        // toUnmodifiableList as it is, but copies one made by Stream.toList, which may hold nulls.
        List<LinkView> links = IntStream.rangeClosed(1, total)
                .mapToObj(n -> new LinkView(Integer.toString(n), views.paths().url(PagePaths.page(path, n))))
                .collect(Collectors.toUnmodifiableList());
        List<LazyPage> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            int number = n;
            int first = (n - 1) * pageSize;
            pages.add(new LazyPage(first < articles.size() ? newest(articles.get(first)) : Long.MAX_VALUE,
                    () -> listingPage(kind, path, title, description, parents, articles, extra, links, number)));
        }
        return pages;
    }

    /** Page {@code n} of a listing whose pages are linked by {@code links}. */
    private PageSpec listingPage(String kind, String path, String title, String description, List<LinkView> parents,
                                 List<Article> articles, Map<String, Object> extra, List<LinkView> links, int n) {
        String pagePath = PagePaths.page(path, n);
        Pagination pagination = Pagination.of(n, links);
        String pageTitle = n == 1 ? title : title + " – page " + n;
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(home());
        crumbs.addAll(parents);
        crumbs.add(new LinkView(title, views.paths().url(path)));
        if (n > 1) {
            crumbs.add(new LinkView("Page " + n, views.paths().url(pagePath)));
        }
        PageView page = new PageView(kind, pageTitle, description, views.paths().url(pagePath),
                views.paths().absolute(pagePath), crumbs, pagination, feeds.links(path));
        page = page.withStructuredData(structured.breadcrumbs(page));
        Map<String, Object> vars = new LinkedHashMap<>(extra);
        vars.put("articles", views.cards(articles.subList((n - 1) * pageSize,
                Math.min(articles.size(), n * pageSize))));
        return new PageSpec(pagePath, "pages/" + kind + ".ftlh", page, vars);
    }

    private PageSpec simple(String kind, String path, String title, List<LinkView> parents, Map<String, Object> vars) {
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(home());
        crumbs.addAll(parents);
        crumbs.add(new LinkView(title, views.paths().url(path)));
        PageView page = new PageView(kind, title, null, views.paths().url(path), views.paths().absolute(path),
                crumbs, null, feeds.links(path));
        if (!kind.equals("404")) {
            page = page.withStructuredData(structured.breadcrumbs(page));
        }
        return new PageSpec(path, "pages/" + kind + ".ftlh", page, vars);
    }

    private static long newest(Article a) {
        return a.published().toEpochSecond();
    }

    private LinkView home() {
        return new LinkView("Home", views.paths().url(""));
    }
}
