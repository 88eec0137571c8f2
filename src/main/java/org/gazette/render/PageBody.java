package org.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.gazette.model.Body;

/**
 * An article body as its page shows it ({@code ${body}}), made only when the page is rendered: the
 * stored HTML with its pictures pointed at their processed files ({@link BodyImages}). A rebuild
 * that keeps the page never decodes the body or rewrites it: it fingerprints the body by its stored
 * UTF-8 bytes and the picture rewrites by their text, which together decide the markup.
 */
record PageBody(Body body, List<BodyImages.Swap> swaps) {
    PageBody {
        swaps = List.copyOf(swaps);
    }

    /** The markup a template sees. */
    TemplateHTMLOutputModel markup() {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(BodyImages.apply(body.html(), swaps));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
