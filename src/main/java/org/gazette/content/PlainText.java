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
 * nothing; profiling showed that work was most of the time spent reading an article.
 *
 * <p>flexmark 0.64.8's core renderer writes {@code html.text(Escaping.normalizeEOL(chars.unescape()))}:
 * unescaping only touches {@code \} and {@code &}, EOL normalisation only {@code \r}, and
 * {@code text()} only escapes {@code & < > "}. Text without any of them (most of an article's
 * words) is written as it is; any other text goes to the core renderer.
 *
 * <p>Then flexmark's writer appends one character at a time, with whitespace bookkeeping. It treats
 * every character but space, tab and newline alike, and keeps a single space that follows a
 * non-space. So when the renderer is given a list in {@link #MARKED}, the words between a text's
 * leading and trailing spaces (with no tab, newline or double space in them) are written as the
 * one character {@link #MARK}, which leaves the writer exactly as the words would, and
 * {@link #fill} puts the words in its place afterwards.
 */
final class PlainText implements NodeRenderer {
    /** A private-use character; {@link #fill} notices when one also came from the text or elsewhere. */
    static final char MARK = '\uE000';
    /** Where the words that marks stand for are collected, in order; null: write the words. */
    static final NullableDataKey<List<String>> MARKED = new NullableDataKey<>("GAZETTE_MARKED");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
            String text = plain(node.getChars());
            List<String> marked = MARKED.get(node.getDocument());
            if (text == null) {
                context.delegateRender();
                return;
            }
            int start = 0;
            int end = text.length();
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (marked == null || start == end || !singleSpaced(text, start, end)) {
                html.raw(text);
                return;
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
        }));
    }

    /** The characters when the core renderer would write them unchanged, else null. */
    static String plain(BasedSequence chars) {
        // A copy from the parsed String in one go; BasedSequence.toString() copies char by char.
        String text = chars instanceof SubSequence sub && sub.getBase() instanceof String base
                ? base.substring(sub.getStartOffset(), sub.getEndOffset())
                : chars.toString();
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                // \0 too: flexmark's sequences read it as U+FFFD, which the copy above does not.
                case '\\', '&', '\r', '<', '>', '"', '\0' -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return text;
    }

    /** No tab, newline or two spaces in a row between {@code start} and {@code end}. */
    private static boolean singleSpaced(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
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
