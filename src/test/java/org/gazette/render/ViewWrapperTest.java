package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.render.view.LinkView;
import org.gazette.render.view.Pagination;
import org.gazette.render.view.PagerItem;
import org.junit.jupiter.api.Test;

class ViewWrapperTest {
    private static final Pagination PAGES = new Pagination(2, 3, "/world/", "/world/page/3/",
            List.of(new LinkView("1", "/world/"), new LinkView("2", "/world/page/2/"), new LinkView("3", "/world/page/3/")),
            List.of(new PagerItem(1, "/world/"), new PagerItem(2, null), new PagerItem(3, "/world/page/3/")));

    @Test
    void showsRecordComponentsAsPropertiesThroughNestedRecordsAndLists() throws Exception {
        assertEquals("2 of 3 | /world/ /world/page/3/ | 1=/world/ 2=- 3=/world/page/3/ | a&amp;b",
                render("${p.number} of ${p.total} | ${p.previousUrl} ${p.nextUrl} | "
                        + "<#list p.window as i>${i.number}=${i.url!'-'}<#sep> </#list> | ${link.name}",
                        Map.of("p", PAGES, "link", new LinkView("a&b", "/"))));
    }

    @Test
    void listsTheComponentsInDeclarationOrderAndNothingElse() throws Exception {
        assertEquals("name url", render("<#list link?keys as k>${k}<#sep> </#list>", Map.of("link", new LinkView("n", "/u"))));
        assertEquals("n /u", render("<#list link?values as v>${v}<#sep> </#list>", Map.of("link", new LinkView("n", "/u"))));
        assertEquals("true", render("${link?has_content?c}", Map.of("link", new LinkView("n", "/u"))));
    }

    @Test
    void exposesNoJavaMethods() throws Exception {
        Map<String, Object> model = Map.of("link", new LinkView("n", "/u"));
        assertEquals("false false false", render("${(link.hashCode??)?c} ${(link.toString??)?c} ${(link.getClass??)?c}", model));
        assertThrows(TemplateException.class, () -> render("${link.hashCode()}", model));
        assertThrows(TemplateException.class, () -> render("${link.name()}", model));
        // A record printed whole is an error, not its toString().
        assertThrows(TemplateException.class, () -> render("${link}", model));
    }

    @Test
    void missingNullableComponentsAreMissingValues() throws Exception {
        Pagination first = new Pagination(1, 1, null, null, List.of(), List.of());
        assertEquals("no previous, no next", render("<#if p.previousUrl??>prev<#else>no previous</#if>, "
                + "${p.nextUrl!'no next'}", Map.of("p", first)));
    }

    @Test
    void wrapsOtherValuesAsTheDefaultWrapperDoes() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("m", Map.of("k", "v"));
        model.put("n", 1234);
        model.put("l", List.of("x", "y"));
        assertEquals("v 1234 x,y", render("${m.k} ${n} ${l?join(',')}", model));
    }

    private static String render(String source, Map<String, Object> model) throws Exception {
        Configuration config = new Configuration(TemplateEngine.VERSION);
        config.setObjectWrapper(new ViewWrapper(TemplateEngine.VERSION));
        config.setNumberFormat("computer");
        config.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
        StringWriter out = new StringWriter();
        new Template("test.ftlh", source, config).process(model, out);
        return out.toString();
    }
}
