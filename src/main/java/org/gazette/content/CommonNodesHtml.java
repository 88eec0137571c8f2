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
 * inside text or a link's address or title, list-item marker suffixes.
 */
final class CommonNodesHtml {
    private final String basePath;
    private final Pattern suppressedLinks;
    private final ListOptions listOptions;

    /**
     * {@code suppressedLinks}: flexmark's SUPPRESSED_LINKS pattern, whose links it renders as their
     * text; {@code options}: the parser's (its list options are read once, not for every document).
     */
    CommonNodesHtml(String basePath, String suppressedLinks, DataHolder options) {
        this.basePath = basePath;
        this.suppressedLinks = Pattern.compile(suppressedLinks);
        this.listOptions = ListOptions.get(options);
    }

    /** The document's HTML, or null when it holds a node this writer leaves to flexmark. */
    String render(Document document) {
        if (!supported(document)) {
            return null;
        }
        HeaderIdGenerator ids = new HeaderIdGenerator(document);
        ids.generateIds(document);
        Writer writer = new Writer(document, ids, listOptions);
        try {
            writer.children(document);
        } catch (Declined e) {
            return null;
        }
        return writer.out.toString();
    }

    /** Every node's class is one this writer knows (checked first, so that ids are not made for nothing). */
    private static boolean supported(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            boolean known = type == Text.class || type == Paragraph.class || type == SoftLineBreak.class
                    || type == Link.class || type == StrongEmphasis.class || type == Emphasis.class
                    || type == Heading.class || type == BulletList.class || type == BulletListItem.class
                    || type == OrderedList.class || type == OrderedListItem.class || type == BlockQuote.class
                    || type == Code.class || type == HardLineBreak.class || type == ThematicBreak.class
                    || type == TextBase.class;
            if (!known || !supported(node)) {
                return false;
            }
        }
        return true;
    }

    /** Thrown where the output would depend on flexmark's writer's whitespace rules. */
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
        final HeaderIdGenerator ids;
        final ListOptions listOptions;

        Writer(Document document, HeaderIdGenerator ids, ListOptions listOptions) {
            this.document = document;
            this.ids = ids;
            this.listOptions = listOptions;
        }

        void children(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                node(node);
            }
        }

        void node(Node node) {
            if (node instanceof Text text) {
                text(text.getChars());
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (node instanceof SoftLineBreak) {
                out.append('\n');
            } else if (node instanceof Link link) {
                link(link);
            } else if (node instanceof StrongEmphasis) {
                inline(node, "<strong>", "</strong>");
            } else if (node instanceof Emphasis) {
                inline(node, "<em>", "</em>");
            } else if (node instanceof Heading heading) {
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
            } else if (node instanceof BulletList) {
                block(node, "<ul>", "</ul>");
            } else if (node instanceof OrderedList list) {
                line();
                out.append("<ol");
                if (listOptions.isOrderedListManualStart() && list.getStartNumber() != 1) {
                    attribute("start", String.valueOf(list.getStartNumber()));
                }
                out.append('>');
                line();
                children(list);
                line();
                out.append("</ol>");
                line();
            } else if (node instanceof ListItem item) {
                if (!item.getMarkerSuffix().isEmpty()) {
                    throw Declined.INSTANCE;
                }
                line();
                out.append("<li>");
                children(item);
                out.append("</li>");
                line();
            } else if (node instanceof BlockQuote) {
                block(node, "<blockquote>", "</blockquote>");
            } else if (node instanceof Code code) {
                out.append("<code>");
                escaped(Escaping.collapseWhitespace(code.getText(), true));
                out.append("</code>");
            } else if (node instanceof HardLineBreak) {
                out.append("<br />\n");
            } else if (node instanceof ThematicBreak) {
                line();
                out.append("<hr />");
                line();
            } else if (node instanceof TextBase) {
                children(node);
            } else {
                throw Declined.INSTANCE;
            }
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
            String url = link.getUrl().unescape();
            if (url.startsWith("/") && !url.startsWith("//")) {
                url = basePath + url.substring(1);
            }
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
            out.append(' ').append(name).append("=\"").append(Escaping.escapeHtml(value, true)).append('"');
        }

        /** Starts a new line unless at the start of one, as flexmark's writer does around block tags. */
        void line() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
