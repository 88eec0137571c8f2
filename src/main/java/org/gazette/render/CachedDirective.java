package org.gazette.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code <@cached key="card ${a.url}">…</@cached>}: renders its content once for each key and
 * repeats that markup wherever the key comes again while the site renders: a card shown on a
 * section, a tag, an author and an archive page, or the Most Read block shown on the front page and
 * every article page. The key must name everything the content depends on besides the site-wide
 * data, which is the same on every page. What of the build clock and the rankings the content used
 * ({@link PageReads}) is kept with it and counts on every page that repeats it. One per renderer, so
 * an edit in the preview server never shows stale markup.
 */
final class CachedDirective implements TemplateDirectiveModel {
    /**
     * About 1 KB of markup an entry: about 100 MB at most, whatever the newsroom's size. A card shows
     * on about seven listing pages spread over the whole render; at 100,000 articles 40,000 entries
     * (then held as Strings, two bytes a character) made a third of the cards' lookups miss.
     */
    private static final int LIMIT = 100_000;
    /** Each thread's writer for the blocks being made: 4 KB to start with, not kept once grown past 256 KB. */
    private static final SpareWriters BLOCK_WRITERS = new SpareWriters(4 * 1024, 256 * 1024);

    /** Markup as UTF-8: half a String's size once it holds one non-Latin-1 character, and written to a page as it is. */
    private final BoundedCache<String, Block> markup = new BoundedCache<>(LIMIT);

    /**
     * A block's markup and what of the clock and the rankings it read ({@link PageReads}), which every
     * page that repeats it shows as well.
     */
    private record Block(byte[] html, int reads) {
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("@cached takes one parameter, key, a text naming what the content shows: "
                    + "<@cached key=\"card ${a.url}\">…</@cached>");
        }
        if (loopVars.length != 0) {
            throw new TemplateModelException("@cached has no loop variables");
        }
        if (body == null) {
            return;
        }
        String name = key.getAsString();
        Block found = markup.find(name);
        byte[] html;
        if (found != null) {
            html = found.html();
            PageReads.note(found.reads());
        } else {
            int reads;
            // Made straight as UTF-8 in a writer the thread reuses (a block inside this one takes a new
            // one): a StringWriter's synchronised buffer, its String and the encoding were a twelfth
            // of the allocation of rendering 100,000 articles.
            Utf8Writer block = BLOCK_WRITERS.take();
            int before = PageReads.begin();
            try {
                body.render(block);
            } finally {
                reads = PageReads.end(before);
            }
            if (block.hasHalfCharacterAtAnEnd()) {
                // Half a character at an end joins the page's text around it: no bytes of its own.
                String text = block.text();
                BLOCK_WRITERS.giveBack(block);
                env.getOut().write(text);
                return;
            }
            Block kept = markup.keep(name, new Block(block.toByteArray(), reads));
            PageReads.note(kept.reads()); // another thread's block, if it came first
            html = kept.html();
            BLOCK_WRITERS.giveBack(block);
        }
        if (html.length == 0) {
            return; // nothing written: a pending half character stays pending, as with the text ""
        }
        if (env.getOut() instanceof Utf8Writer page) {
            page.writeUtf8(html);
        } else {
            env.getOut().write(new String(html, StandardCharsets.UTF_8)); // captured, e.g. by #assign
        }
    }
}
