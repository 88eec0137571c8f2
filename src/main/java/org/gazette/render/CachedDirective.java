package org.gazette.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * {@code <@cached key="card ${a.url}">…</@cached>}: renders its content once for each key and
 * repeats that markup wherever the key comes again while the site renders: a card shown on a
 * section, a tag, an author and an archive page, or the Most Read block shown on every page. The
 * key must name everything the content depends on besides the site-wide data, which is the same
 * on every page. One per renderer, so an edit in the preview server never shows stale markup.
 */
final class CachedDirective implements TemplateDirectiveModel {
    /** About 1–2 KB of markup an entry: tens of megabytes at most, whatever the newsroom's size. */
    private static final int LIMIT = 40_000;

    private final BoundedCache<String, String> markup = new BoundedCache<>(LIMIT);

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
        String html = markup.find(name);
        if (html == null) {
            StringWriter out = new StringWriter(2048);
            body.render(out);
            html = markup.keep(name, out.toString());
        }
        env.getOut().write(html);
    }
}
