package org.gazette.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * A page's schema.org JSON-LD, made when a template prints it ({@code ${page.structuredData}}): a page
 * kept as published never makes it. {@code inputs} are everything it is made from besides the site's
 * own values (the site view, its paths and Gazette's code, which every page's site-wide fingerprint
 * holds): the page's fingerprint and the preview's comparison of pages look at them in its place, and
 * {@code make} reads nothing else (see {@code StructuredData}, the only maker).
 */
public final class JsonLd {
    private final List<Object> inputs;
    private final Supplier<TemplateHTMLOutputModel> make;

    public JsonLd(List<Object> inputs, Supplier<TemplateHTMLOutputModel> make) {
        this.inputs = List.copyOf(inputs);
        this.make = make;
    }

    /** What it is made from besides the site-wide values. */
    public List<Object> inputs() {
        return inputs;
    }

    /** The JSON-LD, escaped for a {@code <script type="application/ld+json">} element. */
    public TemplateHTMLOutputModel markup() {
        return make.get();
    }

    /** The same inputs make the same JSON-LD (with the same site-wide values). */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonLd json && inputs.equals(json.inputs);
    }

    @Override
    public int hashCode() {
        return inputs.hashCode();
    }
}
