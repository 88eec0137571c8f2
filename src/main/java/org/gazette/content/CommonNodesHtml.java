package org.gazette.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Writes the HTML of a document made only of the nodes most news text is made of (paragraphs,
 * headings, emphasis, inline links and code, lists, quotes, rules) straight into one builder, as
 * flexmark 0.64.8's renderer writes them with {@link MarkdownRenderer}'s options; any other
 * document it declines (returns null) and flexmark renders it. Profiling a 100,000-article build
 * put a quarter of reading articles in flexmark's renderer, most of it its line-by-line writer
 * and attribute bookkeeping, which these nodes do not need.
 *
 * <p>It reuses flexmark's own decisions where they are more than markup: heading ids
 * ({@link HeaderIdGenerator}), tight or loose list items ({@link ListOptions}), escaping and
 * unescaping ({@link Escaping}). What it cannot reproduce cheaply it declines: text that would start
 * a line with a space or tab (flexmark's writer trims some of that whitespace), tabs and line ends
 * inside text or a link's address or title, list-item marker suffixes, nesting deeper than {@link #MAX_DEPTH}.
 */
final class CommonNodesHtml {
    /** Nesting past any real article's (MarkdownLimits allows 32 levels of quotes and lists). */
    private static final int MAX_DEPTH = 100;

    private final UnaryOperator<String> siteUrl;
    private final Pattern suppressedLinks;
    private final ListOptions listOptions;

    /**
     * {@code suppressedLinks}: flexmark's SUPPRESSED_LINKS pattern, whose links it renders as their
     * text; {@code options}: the parser's (its list options are read once, not for every document).
     */
    CommonNodesHtml(UnaryOperator<String> siteUrl, String suppressedLinks, DataHolder options) {
        this.siteUrl = siteUrl;
        this.suppressedLinks = Pattern.compile(suppressedLinks);
        this.listOptions = ListOptions.get(options);
    }

    /** The document's HTML, or null when it holds a node this writer leaves to flexmark. */
    String render(Document document) {
        Writer writer = new Writer(document);
        try {
            writer.children(document);
        } catch (Declined e) {
            return null;
        }
        return writer.out.toString();
    }

    /** Thrown at a node this writer does not know, or whose output would depend on flexmark's writer's whitespace rules. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    private final class Writer {
        final StringBuilder out = new StringBuilder(8192);
        final Document document;
        /** Made at the first heading: most of a document is not headings, and a declined one needs no ids. */
        HeaderIdGenerator ids;
        int depth;

        Writer(Document document) {
            this.document = document;
        }

        void children(Node parent) {
            // Deeper documents go to flexmark as before, which refuses them past its own stack's depth.
            if (++depth > MAX_DEPTH) {
                throw Declined.INSTANCE;
            }
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                node(node);
            }
            depth--;
        }

        /** Exact classes: an extension's subclass of a core node may render differently. */
        void node(Node node) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                text(node.getChars());
            } else if (type == Paragraph.class) {
                paragraph((Paragraph) node);
            } else if (type == SoftLineBreak.class) {
                out.append('\n');
            } else if (type == Link.class) {
                link((Link) node);
            } else if (type == StrongEmphasis.class) {
                inline(node, "<strong>", "</strong>");
            } else if (type == Emphasis.class) {
                inline(node, "<em>", "</em>");
            } else if (type == Heading.class) {
                heading((Heading) node);
            } else if (type == BulletList.class) {
                block(node, "<ul>", "</ul>");
            } else if (type == OrderedList.class) {
                int start = ((OrderedList) node).getStartNumber();
                block(node, listOptions.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>",
                        "</ol>");
            } else if (type == BulletListItem.class || type == OrderedListItem.class) {
                if (!((ListItem) node).getMarkerSuffix().isEmpty()) {
                    throw Declined.INSTANCE;
                }
                line();
                inline(node, "<li>", "</li>");
                line();
            } else if (type == BlockQuote.class) {
                block(node, "<blockquote>", "</blockquote>");
            } else if (type == Code.class) {
                out.append("<code>");
                escaped(Escaping.collapseWhitespace(((Code) node).getText(), true));
                out.append("</code>");
            } else if (type == HardLineBreak.class) {
                out.append("<br />\n");
            } else if (type == ThematicBreak.class) {
                line();
                out.append("<hr />");
                line();
            } else if (type == TextBase.class) {
                children(node);
            } else {
                throw Declined.INSTANCE;
            }
        }

        void heading(Heading heading) {
            if (ids == null) {
                ids = new HeaderIdGenerator(document);
                ids.generateIds(document);
            }
            line();
            out.append("<h").append(heading.getLevel());
            String id = ids.getId(heading);
            if (id != null && !id.isEmpty()) {
                attribute("id", id);
            }
            out.append('>');
            children(heading);
            out.append("</h").append(heading.getLevel()).append('>');
            line();
        }

        void paragraph(Paragraph paragraph) {
            if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return;
            }
            if (paragraph.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(paragraph, listOptions, document)) {
                children(paragraph);
                return;
            }
            line();
            out.append("<p>");
            children(paragraph);
            out.append("</p>");
            line();
        }

        void link(Link link) {
            if (suppressedLinks.matcher(link.getUrl()).matches()) {
                children(link);
                return;
            }
            String url = siteUrl.apply(link.getUrl().unescape());
            String title = link.getTitle().isNotNull() ? link.getTitle().unescape() : null;
            // A line break in an attribute starts a line of flexmark's writer too (a wrapped title).
            if (breaksLines(url) || title != null && breaksLines(title)) {
                throw Declined.INSTANCE;
            }
            out.append("<a");
            attribute("href", url);
            if (title != null) {
                attribute("title", title);
            }
            out.append('>');
            children(link);
            out.append("</a>");
        }

        void inline(Node node, String open, String close) {
            out.append(open);
            children(node);
            out.append(close);
        }

        void block(Node node, String open, String close) {
            line();
            out.append(open);
            line();
            children(node);
            line();
            out.append(close);
            line();
        }

        void text(BasedSequence chars) {
            String text = PlainText.copy(chars);
            if (PlainText.kind(text) == PlainText.Kind.CHANGED) {
                escaped(Escaping.normalizeEOL(chars.unescape()));
            } else {
                checked(text);
                out.append(text);
            }
        }

        void escaped(String text) {
            checked(text);
            out.append(Escaping.escapeHtml(text, false));
        }

        /** Declines text whose whitespace flexmark's writer might change. */
        void checked(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (breaksLines(text)) {
                throw Declined.INSTANCE;
            }
            if (text.charAt(0) == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
                throw Declined.INSTANCE;
            }
        }

        boolean breaksLines(String text) {
            return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        }

        void attribute(String name, String value) {
            out.append(' ').append(name).append("=\"").append(CommonNodesHtml.attribute(value)).append('"');
        }

        /** Starts a new line unless at the start of one, as flexmark's writer does around block tags. */
        void line() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }

    /**
     * {@code value} escaped for an attribute as flexmark escapes it. Nearly every heading id and link
     * holds none of {@code & < > "}, the only characters it changes, and its escaping runs a regular
     * expression over each; {@link SimpleMarkdown} writes its attributes with this too.
     */
    static String attribute(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }
}
