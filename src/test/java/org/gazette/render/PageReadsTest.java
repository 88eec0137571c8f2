package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateSequenceModel;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.render.view.DateTimeView;
import org.gazette.render.view.LinkView;
import org.gazette.render.view.SiteView;
import org.junit.jupiter.api.Test;

/**
 * Which pages read the rankings or the build clock ({@link PageReads}): also a page that repeats a
 * {@code <@cached>} block made on another page from a variable that holds them, which it never looks
 * up itself. Pages are rendered one after the other here, so which one makes a block is known.
 */
class PageReadsTest {
    private final Configuration config = new Configuration(TemplateEngine.VERSION);
    private final StringTemplateLoader templates = new StringTemplateLoader();
    private final CachedDirective cached = new CachedDirective();

    PageReadsTest() {
        config.setTemplateLoader(templates);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setObjectWrapper(new ViewWrapper(TemplateEngine.VERSION));
        templates.putTemplate("maker.ftlh", "<#assign ranked = mostRead><#assign built = site.generatedAt>"
                + "<@cached key=\"ranked\">${ranked?size}</@cached><@cached key=\"built\">${built.iso}</@cached>");
        templates.putTemplate("repeater.ftlh", "<@cached key=\"ranked\">${mostRead?size}</@cached>|"
                + "<@cached key=\"built\">${site.generatedAt.iso}</@cached>");
        templates.putTemplate("plain.ftlh", "${page} of ${site.title}<#if mostRead?? && site?has_content>.</#if>");
    }

    private Rendered render(String template) throws Exception {
        Map<String, Object> root = new HashMap<>();
        root.put("cached", cached);
        root.put("page", "a page");
        root.put("mostRead", NotedReads.rankings(
                (TemplateSequenceModel) config.getObjectWrapper().wrap(List.of(new LinkView("a", "/a/")))));
        SiteView site = new SiteView("Herald", null, "https://example.org/", "/", "en", "en-GB", null, List.of(),
                "/archive/", "/tags/", "/authors/", new DateTimeView("2024-07-01T02:00:00+02:00", "1 July", "2024-07-01", "CEST"));
        root.put("site", NotedReads.site((TemplateHashModelEx) config.getObjectWrapper().wrap(site)));
        StringWriter out = new StringWriter();
        PageReads.begin();
        config.getTemplate(template).process(root, out);
        return new Rendered(out.toString(), PageReads.last());
    }

    private record Rendered(String html, int reads) {
    }

    @Test
    void aPageThatRepeatsABlockReadsWhatTheBlockUsed() throws Exception {
        assertEquals(new Rendered("12024-07-01T02:00:00+02:00", PageReads.RANKINGS | PageReads.CLOCK), render("maker.ftlh"));
        assertEquals(new Rendered("1|2024-07-01T02:00:00+02:00", PageReads.RANKINGS | PageReads.CLOCK),
                render("repeater.ftlh"), "made on the page before, from variables: still the rankings and the clock");
        assertEquals(new Rendered("a page of Herald.", 0), render("plain.ftlh"),
                "each page starts afresh; the site's other values, and that the lists are there, are no read");
    }
}
