package org.gazette.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders flexmark {@link Text} nodes without flexmark's regex work when it would change nothing.
 * flexmark 0.64.8's core renderer writes {@code html.text(Escaping.normalizeEOL(chars.unescape()))}:
 * unescaping only touches {@code \} and {@code &}, EOL normalisation only {@code \r}, and
 * {@code text()} only escapes {@code & < > "}. Text without any of them (most of an article's
 * words) is written as it is; any other text goes to the core renderer. Profiling showed those
 * three regex-and-copy passes were a quarter of the time spent reading an article.
 */
final class PlainText implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
            String plain = plain(node.getChars());
            if (plain == null) {
                context.delegateRender();
            } else {
                html.raw(plain);
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
}
