package org.gazette.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gazette.render.view.SiteView;

/**
 * Whether any page a renderer rendered read the build clock ({@code site.generatedAt}). The default
 * theme never does, so a page's HTML does not depend on when it was built, and a later build with
 * another clock may keep it as published (see {@link PageFingerprint}); a theme that shows the
 * clock has every page rendered again whenever the clock changes.
 */
final class ClockWatch {
    static final String CLOCK = "generatedAt";

    private final AtomicBoolean read = new AtomicBoolean();

    /** True once a page (or a {@code <@cached>} block made for one) has read the clock. */
    boolean read() {
        return read.get();
    }

    /** {@code site} as templates see it, watched: {@code wrapped} is the wrapper's model of it. */
    TemplateHashModelEx watch(TemplateHashModelEx wrapped) {
        return new Watched(wrapped, read);
    }

    /** The site view's model, noting a read of the clock (also through {@code ?values}). */
    private record Watched(TemplateHashModelEx site, AtomicBoolean read) implements TemplateHashModelEx, AdapterTemplateModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (CLOCK.equals(key) && !read.get()) {
                read.set(true);
            }
            return site.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return site.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return site.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return site.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            read.set(true);
            return site.values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return site instanceof AdapterTemplateModel adapter ? adapter.getAdaptedObject(hint) : null;
        }
    }

    /** The site view without the clock, for fingerprints of pages that do not show it. */
    static SiteView withoutClock(SiteView site) {
        return new SiteView(site.title(), site.description(), site.baseUrl(), site.homeUrl(), site.language(),
                site.locale(), site.publisher(), site.sections(), site.archiveUrl(), site.tagsUrl(), site.authorsUrl(), null);
    }
}
