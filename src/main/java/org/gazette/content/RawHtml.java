package org.gazette.content;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The {@code rawHtml: sanitize} mode: an article's rendered HTML, raw HTML included, is cleaned
 * with jsoup's {@link Safelist} down to the allow-list below. Everything else — scripts, styles,
 * event handlers ({@code onerror}), forms, frames, {@code style} and {@code class} attributes —
 * is removed. Links keep only http(s), mailto and relative targets. A raw {@code <img>} is removed
 * unless it is one of the article's Markdown images (those are checked and published).
 */
final class RawHtml {
    /** Elements an editor may write as raw HTML, as documented in the README. */
    static final String[] ELEMENTS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
            "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
            "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
            "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var"};
    // Relative links are checked against a base that is never printed.
    private static final String BASE = "https://gazette.invalid/";
    private static final Safelist SAFELIST = new Safelist()
            .addTags(ELEMENTS)
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("dfn", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("img", "src", "alt", "title", "loading", "decoding", "width", "height")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("ol", "start")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("th", "colspan", "rowspan", "align")
            .addAttributes("table", "class")
            .addAttributes("code", "class")
            .addAttributes("details", "open")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private RawHtml() {
    }

    /**
     * Cleans rendered article HTML.
     *
     * @param images the {@code src} values of the article's own Markdown images, which are kept
     */
    static String sanitize(String html, Set<String> images) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element img : clean.select("img")) {
            if (!images.contains(img.attr("src"))) {
                img.remove();
            }
        }
        for (Element a : clean.select("a[href]")) {
            if (!SafeLinks.isAllowed(a.attr("href"))) {
                a.removeAttr("href");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
