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
import java.nio.charset.StandardCharsets;
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
        templates.putTemplate("bare.ftlh", "<@cached key=\"bare ${k}\"><#if v?has_content><b>${v}</b></#if></@cached>");
        templates.putTemplate("edge.ftlh", "[<b><@cached key=\"edge ${k}\">${v}</@cached></b>]");
        templates.putTemplate("nokey.ftlh", "<@cached>${v}</@cached>");
        templates.putTemplate("raw.ftlh", "<@cached key=\"raw ${k}\">${v}</@cached>");
        templates.putTemplate("captured.ftlh", "<#assign x><@cached key=\"card ${k}\"><b>${v}</b></@cached></#assign>${x}");
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
    void writesItsMarkupIntoAPageAsTheBytesTheTextWouldMake() throws Exception {
        String value = "é – € \uD83D\uDE00 <x>";
        String expected = "<b>é – € \uD83D\uDE00 &lt;x&gt;</b>";
        for (int round = 0; round < 2; round++) { // made, then repeated from the cache
            Utf8Writer page = new Utf8Writer(4);
            page.write("\uD83D"); // half a character just before the block becomes '?', as in a String's bytes
            config.getTemplate("bare.ftlh").process(Map.of("cached", cached, "k", "u", "v", round == 0 ? value : "other"), page);
            assertEquals("?" + expected, new String(page.toByteArray(), StandardCharsets.UTF_8), "round " + round);
        }
    }

    @Test
    void anEmptyBlockLeavesAPendingHalfCharacterToTheTextAfterIt() throws Exception {
        assertEquals("\uD83D\uDE00", betweenHalves("bare.ftlh", "empty", ""));
    }

    /** What a page holds when a template writes between the two halves of one character. */
    private String betweenHalves(String template, String key, String value) throws IOException, TemplateException {
        Utf8Writer page = new Utf8Writer(4);
        page.write("\uD83D");
        config.getTemplate(template).process(Map.of("cached", cached, "k", key, "v", value), page);
        page.write("\uDE00");
        return new String(page.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void markupWithHalfACharacterAtAnEndIsNotKept() throws Exception {
        assertEquals("[<b>a\uD83D</b>]", render("edge.ftlh", "h", "a\uD83D"));
        assertEquals("[<b>b</b>]", render("edge.ftlh", "h", "b"), "nothing was kept under the key");
    }

    @Test
    void markupBeginningWithHalfACharacterIsNotKeptAndJoinsTheTextBeforeIt() throws Exception {
        assertEquals("[<b>\uDE00b</b>]", render("edge.ftlh", "l", "\uDE00b"));
        assertEquals("[<b>c</b>]", render("edge.ftlh", "l", "c"), "nothing was kept under the key");
        for (String tail : new String[] {"x", "a longer text than the short strings", "a longer text, half a character \uD83D"}) {
            assertEquals("\uD83D\uDE00" + tail + (tail.endsWith("\uD83D") ? "\uDE00" : "?"),
                    betweenHalves("raw.ftlh", "joined", "\uDE00" + tail), tail);
        }
    }

    @Test
    void aBlockCapturedByAnAssignmentIsTheSameMarkup() throws Exception {
        assertEquals("<b>&lt;one&gt;</b>", render("captured.ftlh", "c", "<one>"));
        assertEquals("<b>&lt;one&gt;</b>", render("captured.ftlh", "c", "two"), "repeated from the cache");
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
