package org.gazette.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.net.URI;
import java.util.List;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.AuthorView;
import org.gazette.render.view.CorrectionView;
import org.gazette.render.view.CropView;
import org.gazette.render.view.ImageView;
import org.gazette.render.view.JsonLd;
import org.gazette.render.view.LinkView;
import org.gazette.render.view.PageView;
import org.gazette.render.view.SiteView;
import org.gazette.render.view.TagView;

/**
 * The schema.org JSON-LD of a page, made when a template prints it ({@link JsonLd}: its inputs are
 * the page's own values it reads; everything else it reads is this object's, the site-wide values),
 * built as a Jackson tree (never by pasting text), then escaped
 * so nothing an editor writes can end the {@code <script>} element it sits in: {@code < > &} and
 * the line separators U+2028/U+2029 become {@code \}{@code u} escapes, which JSON reads back unchanged.
 * Thread-safe.
 */
final class StructuredData {
    private final SiteView site;
    private final SitePaths paths;
    private final URI base;
    /** Whether resolving a path under the base path gives what {@link SitePaths#absolute} gives (the base URL's text is as URI writes it). */
    private final boolean plainBase;
    /** The publisher's logo, absolute (null without one): the same on every page. */
    private final String logoUrl;

    StructuredData(SiteView site, SitePaths paths) {
        this.site = site;
        this.paths = paths;
        this.base = URI.create(site.baseUrl());
        this.plainBase = base.resolve(paths.url("a/b")).toString().equals(paths.absolute("a/b"));
        this.logoUrl = site.publisher().logo() == null ? null : absolute(site.publisher().logo().url());
    }

    /** The front page: the site ({@code WebSite}) and its publisher ({@code Organization}). */
    JsonLd front() {
        return new JsonLd(List.of("front"), this::frontMarkup);
    }

    /** An article page: {@code NewsArticle} (with its corrections) and its {@code BreadcrumbList}. */
    JsonLd article(PageView page, ArticleCard article) {
        List<LinkView> crumbs = page.breadcrumbs();
        return new JsonLd(List.of("article", crumbs, article), () -> articleMarkup(crumbs, article));
    }

    /** Any other page with a trail: its {@code BreadcrumbList}; null for pages without one. */
    JsonLd breadcrumbs(PageView page) {
        List<LinkView> crumbs = page.breadcrumbs();
        if (crumbs.size() < 2) {
            return null;
        }
        return new JsonLd(List.of("breadcrumbs", crumbs), () -> {
            ArrayNode graph = JsonTrees.array();
            graph.add(breadcrumbList(crumbs));
            return markup(graph);
        });
    }

    private TemplateHTMLOutputModel frontMarkup() {
        ArrayNode graph = JsonTrees.array();
        ObjectNode website = graph.addObject();
        website.put("@type", "WebSite");
        website.put("@id", site.baseUrl() + "#website");
        website.put("url", site.baseUrl());
        website.put("name", site.title());
        if (site.description() != null) {
            website.put("description", site.description());
        }
        website.put("inLanguage", site.language());
        website.putObject("publisher").put("@id", site.baseUrl() + "#publisher");
        ObjectNode organization = publisher();
        organization.put("@id", site.baseUrl() + "#publisher");
        organization.put("url", site.baseUrl());
        graph.add(organization);
        return markup(graph);
    }

    private TemplateHTMLOutputModel articleMarkup(List<LinkView> crumbs, ArticleCard article) {
        ArrayNode graph = JsonTrees.array();
        ObjectNode news = graph.addObject();
        news.put("@type", "NewsArticle");
        news.put("@id", article.absoluteUrl() + "#article");
        news.put("mainEntityOfPage", article.absoluteUrl());
        news.put("url", article.absoluteUrl());
        news.put("headline", article.title());
        if (article.summary() != null) {
            news.put("description", article.summary());
        }
        ImageView image = article.image();
        if (image != null) {
            ArrayNode images = news.putArray("image");
            if (image.wide() != null) {
                for (CropView crop : new CropView[] {image.wide(), image.standard(), image.square()}) {
                    images.add(crop.absoluteUrl());
                }
            } else {
                images.add(absolute(image.url()));
            }
        }
        news.put("datePublished", article.published().iso());
        news.put("dateModified", (article.updated() != null ? article.updated() : article.published()).iso());
        ArrayNode authors = news.putArray("author");
        for (AuthorView a : article.authors()) {
            ObjectNode person = authors.addObject();
            person.put("@type", "Person");
            person.put("name", a.name());
            person.put("url", absolute(a.url()));
        }
        news.set("publisher", publisher());
        news.put("articleSection", article.section().name());
        if (!article.tags().isEmpty()) {
            ArrayNode keywords = news.putArray("keywords");
            article.tags().stream().map(TagView::name).forEach(keywords::add);
        }
        news.put("inLanguage", site.language());
        if (!article.corrections().isEmpty()) {
            ArrayNode corrections = news.putArray("correction");
            for (CorrectionView c : article.corrections()) {
                ObjectNode comment = corrections.addObject();
                comment.put("@type", "CorrectionComment");
                comment.put("datePublished", c.date().iso());
                comment.put("text", c.text());
            }
        }
        graph.add(breadcrumbList(crumbs));
        return markup(graph);
    }

    private ObjectNode breadcrumbList(List<LinkView> crumbs) {
        ObjectNode list = JsonTrees.object();
        list.put("@type", "BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        int position = 1;
        for (LinkView crumb : crumbs) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", position++);
            item.put("name", crumb.name());
            item.put("item", absolute(crumb.url()));
        }
        return list;
    }

    private ObjectNode publisher() {
        ObjectNode organization = JsonTrees.object();
        organization.put("@type", "NewsMediaOrganization");
        organization.put("name", site.publisher().name());
        ImageView logo = site.publisher().logo();
        if (logo != null) {
            ObjectNode image = organization.putObject("logo");
            image.put("@type", "ImageObject");
            image.put("url", logoUrl);
            if (logo.width() > 0 && logo.height() > 0) {
                image.put("width", logo.width());
                image.put("height", logo.height());
            }
        }
        return organization;
    }

    /** A site URL (with the base path) made absolute against the base URL. */
    String absolute(String url) {
        // A plain site path is made absolute as every other absolute URL of the site is, which is what
        // resolving gives, without parsing a URI for every breadcrumb, author and picture of every page.
        String basePath = paths.basePath();
        if (plainBase && url.startsWith(basePath) && !url.startsWith("//") && url.indexOf('?') < 0 && url.indexOf('#') < 0
                && !url.contains("/.")) {
            return paths.absolute(url.substring(basePath.length()));
        }
        return base.resolve(url).toString();
    }

    private static TemplateHTMLOutputModel markup(ArrayNode graph) {
        ObjectNode root = JsonTrees.object();
        root.put("@context", "https://schema.org");
        root.set("@graph", graph);
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(escape(JsonTrees.compact(root)));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes JSON safe inside {@code <script>}: these characters only occur inside JSON strings. */
    static String escape(String json) {
        StringBuilder out = null; // most pages' data holds none of them: the string is kept as it is
        int run = 0; // characters are copied a run at a time
        for (int i = 0; i < json.length(); i++) {
            String escaped = switch (json.charAt(i)) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escaped != null) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16);
                }
                out.append(json, run, i).append(escaped);
                run = i + 1;
            }
        }
        return out == null ? json : out.append(json, run, json.length()).toString();
    }
}
