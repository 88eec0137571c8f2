package org.gazette.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * written by Jackson's generator (never pasted together from text), which also escapes what could end
 * the {@code <script>} element it sits in: {@code < > &} and the line separators U+2028/U+2029
 * become {@code \}{@code u} escapes, which JSON reads back unchanged. Thread-safe.
 */
final class StructuredData {
    /**
     * Writes the JSON-LD as it is printed: straight to text, without a tree first (which took a
     * 10,000-article build about 0.2 CPU-s, with escaping the text afterwards another 0.1).
     */
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ScriptSafe());

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
        return new JsonLd(List.of("front"), () -> markup(this::frontGraph));
    }

    /** An article page: {@code NewsArticle} (with its corrections) and its {@code BreadcrumbList}. */
    JsonLd article(PageView page, ArticleCard article) {
        List<LinkView> crumbs = page.breadcrumbs();
        return new JsonLd(List.of("article", crumbs, article), () -> markup(json -> articleGraph(json, crumbs, article)));
    }

    /** Any other page with a trail: its {@code BreadcrumbList}; null for pages without one. */
    JsonLd breadcrumbs(PageView page) {
        List<LinkView> crumbs = page.breadcrumbs();
        if (crumbs.size() < 2) {
            return null;
        }
        return new JsonLd(List.of("breadcrumbs", crumbs), () -> markup(json -> breadcrumbList(json, crumbs)));
    }

    private void frontGraph(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "WebSite");
        json.writeStringField("@id", site.baseUrl() + "#website");
        json.writeStringField("url", site.baseUrl());
        json.writeStringField("name", site.title());
        if (site.description() != null) {
            json.writeStringField("description", site.description());
        }
        json.writeStringField("inLanguage", site.language());
        json.writeObjectFieldStart("publisher");
        json.writeStringField("@id", site.baseUrl() + "#publisher");
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartObject();
        publisherFields(json);
        json.writeStringField("@id", site.baseUrl() + "#publisher");
        json.writeStringField("url", site.baseUrl());
        json.writeEndObject();
    }

    private void articleGraph(JsonGenerator json, List<LinkView> crumbs, ArticleCard article) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "NewsArticle");
        json.writeStringField("@id", article.absoluteUrl() + "#article");
        json.writeStringField("mainEntityOfPage", article.absoluteUrl());
        json.writeStringField("url", article.absoluteUrl());
        json.writeStringField("headline", article.title());
        if (article.summary() != null) {
            json.writeStringField("description", article.summary());
        }
        ImageView image = article.image();
        if (image != null) {
            json.writeArrayFieldStart("image");
            if (image.wide() != null) {
                for (CropView crop : new CropView[] {image.wide(), image.standard(), image.square()}) {
                    json.writeString(crop.absoluteUrl());
                }
            } else {
                json.writeString(absolute(image.url()));
            }
            json.writeEndArray();
        }
        json.writeStringField("datePublished", article.published().iso());
        json.writeStringField("dateModified", (article.updated() != null ? article.updated() : article.published()).iso());
        json.writeArrayFieldStart("author");
        for (AuthorView a : article.authors()) {
            json.writeStartObject();
            json.writeStringField("@type", "Person");
            json.writeStringField("name", a.name());
            json.writeStringField("url", absolute(a.url()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("publisher");
        publisherFields(json);
        json.writeEndObject();
        json.writeStringField("articleSection", article.section().name());
        if (!article.tags().isEmpty()) {
            json.writeArrayFieldStart("keywords");
            for (TagView tag : article.tags()) {
                json.writeString(tag.name());
            }
            json.writeEndArray();
        }
        json.writeStringField("inLanguage", site.language());
        if (!article.corrections().isEmpty()) {
            json.writeArrayFieldStart("correction");
            for (CorrectionView c : article.corrections()) {
                json.writeStartObject();
                json.writeStringField("@type", "CorrectionComment");
                json.writeStringField("datePublished", c.date().iso());
                json.writeStringField("text", c.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        breadcrumbList(json, crumbs);
    }

    private void breadcrumbList(JsonGenerator json, List<LinkView> crumbs) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "BreadcrumbList");
        json.writeArrayFieldStart("itemListElement");
        int position = 1;
        for (LinkView crumb : crumbs) {
            json.writeStartObject();
            json.writeStringField("@type", "ListItem");
            json.writeNumberField("position", position++);
            json.writeStringField("name", crumb.name());
            json.writeStringField("item", absolute(crumb.url()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The publisher's fields ({@code NewsMediaOrganization}), in an object already started. */
    private void publisherFields(JsonGenerator json) throws IOException {
        json.writeStringField("@type", "NewsMediaOrganization");
        json.writeStringField("name", site.publisher().name());
        ImageView logo = site.publisher().logo();
        if (logo != null) {
            json.writeObjectFieldStart("logo");
            json.writeStringField("@type", "ImageObject");
            json.writeStringField("url", logoUrl);
            if (logo.width() > 0 && logo.height() > 0) {
                json.writeNumberField("width", logo.width());
                json.writeNumberField("height", logo.height());
            }
            json.writeEndObject();
        }
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

    /** Writes the objects of a JSON-LD {@code @graph}. */
    private interface Graph {
        void write(JsonGenerator json) throws IOException;
    }

    /** The JSON-LD document of {@code graph}'s objects, as markup for the page. */
    private static TemplateHTMLOutputModel markup(Graph graph) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeArrayFieldStart("@graph");
            graph.write(json);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(text.toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON's own escapes, and {@code \}{@code u} escapes for what may not appear in a {@code <script>}
     * element's text or would end it: these characters only ever occur inside JSON strings.
     */
    static final class ScriptSafe extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializableString LESS = new SerializedString("\\u003c");
        private static final SerializableString GREATER = new SerializedString("\\u003e");
        private static final SerializableString AMPERSAND = new SerializedString("\\u0026");
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");

        static {
            ASCII['<'] = ESCAPE_CUSTOM;
            ASCII['>'] = ESCAPE_CUSTOM;
            ASCII['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LESS;
                case '>' -> GREATER;
                case '&' -> AMPERSAND;
                case '\u2028' -> LINE;
                case '\u2029' -> PARAGRAPH;
                default -> null;
            };
        }
    }
}
