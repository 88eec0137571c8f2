package org.gazette.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * Renders flexmark {@link Text} nodes without flexmark's per-character work when it would change
 * nothing; profiling showed that work was about half the time spent reading an article.
 *
 * <p>flexmark 0.64.8's core renderer writes {@code html.text(Escaping.normalizeEOL(chars.unescape()))}:
 * unescaping only touches {@code \} and {@code &}, EOL normalisation only {@code \r}, and
 * {@code text()} only escapes {@code & < > "}. Text without any of them (most of an article's
 * words) is written as it is; any other text goes to the core renderer.
 *
 * <p>Then flexmark's writer appends one character at a time, with whitespace bookkeeping. It treats
 * every character but space, tab and newline alike, and keeps a single space that follows a
 * non-space. So when the renderer is given a list in {@link #MARKED}, the words between the
 * leading and trailing spaces of a text without tabs, newlines or two spaces in a row are written
 * as the one character {@link #MARK}, which leaves the writer exactly as the words would, and
 * {@link #fill} puts the words in its place afterwards.
 */
final class PlainText implements NodeRenderer {
    /** A private-use character; {@link #fill} notices when one also came from the text or elsewhere. */
    static final char MARK = '\uE000';
    /** Where the words that marks stand for are collected, in order; null: write the words. */
    static final NullableDataKey<List<String>> MARKED = new NullableDataKey<>("GAZETTE_MARKED");

    /** What flexmark's core renderer would do with a text. */
    enum Kind {
        /** It would change the text: only it can render it. */
        CHANGED,
        /** It would write the text as it is. */
        UNCHANGED,
        /** Unchanged, and the words inside its outer spaces may be written as a mark. */
        MARKABLE
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
            String text = copy(node.getChars());
            Kind kind = kind(text);
            List<String> marked = MARKED.get(context.getDocument());
            if (kind == Kind.CHANGED) {
                context.delegateRender();
            } else if (kind == Kind.UNCHANGED || marked == null) {
                html.raw(text);
            } else {
                int start = 0;
                int end = text.length();
                while (text.charAt(start) == ' ') {
                    start++;
                }
                while (text.charAt(end - 1) == ' ') {
                    end--;
                }
                // The spaces around the words go through the writer, which may drop them.
                if (start > 0) {
                    html.raw(text.substring(0, start));
                }
                html.raw(String.valueOf(MARK));
                marked.add(text.substring(start, end));
                if (end < text.length()) {
                    html.raw(text.substring(end));
                }
            }
        }));
    }

    /** The characters of a sequence, copied from the parsed String in one go where they can be. */
    static String copy(BasedSequence chars) {
        // BasedSequence.toString() copies char by char.
        return chars instanceof SubSequence sub && sub.getBase() instanceof String base
                ? base.substring(sub.getStartOffset(), sub.getEndOffset())
                : chars.toString();
    }

    /** One pass over the text; letters and most punctuation sort after {@code >} and pass at once. */
    static Kind kind(String text) {
        boolean word = false;
        boolean singleSpaced = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '>' && c != '\\') {
                word = true;
                continue;
            }
            switch (c) {
                // \0 too: flexmark's sequences read it as U+FFFD, which copy() does not.
                case '\\', '&', '\r', '<', '>', '"', '\0' -> {
                    return Kind.CHANGED;
                }
                case '\t', '\n' -> singleSpaced = false;
                case ' ' -> singleSpaced &= i == 0 || text.charAt(i - 1) != ' ';
                default -> word = true;
            }
        }
        return word && singleSpaced ? Kind.MARKABLE : Kind.UNCHANGED;
    }

    /**
     * The rendered HTML with each {@link #MARK} replaced by the words it stands for, or null when
     * marks and words do not pair up (a mark that came from elsewhere, such as a file name).
     */
    static String fill(String html, List<String> marked) {
        int length = html.length();
        for (String words : marked) {
            length += words.length() - 1;
        }
        StringBuilder out = new StringBuilder(length);
        int from = 0;
        for (String words : marked) {
            int at = html.indexOf(MARK, from);
            if (at < 0) {
                return null;
            }
            out.append(html, from, at).append(words);
            from = at + 1;
        }
        if (html.indexOf(MARK, from) >= 0) {
            return null;
        }
        return out.append(html, from, html.length()).toString();
    }
}
