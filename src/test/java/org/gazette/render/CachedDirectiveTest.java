package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedDirectiveTest {
    private final CachedDirective cached = new CachedDirective();
    private final Configuration config = new Configuration(TemplateEngine.VERSION);
    private final StringTemplateLoader templates = new StringTemplateLoader();

    CachedDirectiveTest() {
        config.setTemplateLoader(templates);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        templates.putTemplate("card.ftlh", "[<@cached key=\"card ${k}\"><b>${v}</b></@cached>]");
        templates.putTemplate("nested.ftlh", "<@cached key=\"outer\">(<@cached key=\"inner\">${v}</@cached>)</@cached>");
        templates.putTemplate("nokey.ftlh", "<@cached>${v}</@cached>");
    }

    private String render(String template, String key, String value) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        config.getTemplate(template).process(Map.of("cached", cached, "k", key, "v", value), out);
        return out.toString();
    }

    @Test
    void rendersEachKeyOnceAndRepeatsItsMarkupEscapedOnce() throws Exception {
        assertEquals("[<b>&lt;first&gt;</b>]", render("card.ftlh", "a", "<first>"));
        assertEquals("[<b>&lt;first&gt;</b>]", render("card.ftlh", "a", "second"), "the same key repeats the first markup");
        assertEquals("[<b>second</b>]", render("card.ftlh", "b", "second"), "another key renders its own");
    }

    @Test
    void aCachedBlockMayHoldAnother() throws Exception {
        assertEquals("(x)", render("nested.ftlh", "", "x"));
        assertEquals("(x)", render("nested.ftlh", "", "y"));
    }

    @Test
    void withoutAKeyTheTemplateErrorSaysHowToCallIt() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("nokey.ftlh", "", "x"));
        assertTrue(e.getMessage().contains("@cached takes one parameter, key"), e.getMessage());
    }
}
