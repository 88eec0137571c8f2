package org.gazette.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.gazette.render.view.SiteView;

/**
 * The {@code site} templates see, noting in {@link PageReads} a read of the build clock
 * ({@code site.generatedAt}), when it is looked up and whenever it is used ({@link NotedReads}): a
 * page that shows it is rendered again whenever the clock changes, the others may be kept as
 * published.
 */
final class ClockWatch {
    static final String CLOCK = "generatedAt";

    private ClockWatch() {
    }

    /** {@code site} as templates see it, watched: {@code wrapped} is the wrapper's model of it. */
    static TemplateHashModelEx watch(TemplateHashModelEx wrapped) {
        return new Watched(wrapped);
    }

    /** The site view's model, noting a read of the clock (also through {@code ?values}). */
    private record Watched(TemplateHashModelEx site) implements TemplateHashModelEx, AdapterTemplateModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (!CLOCK.equals(key)) {
                return site.get(key);
            }
            PageReads.note(PageReads.CLOCK);
            TemplateModel clock = site.get(key);
            return clock instanceof TemplateHashModelEx view ? NotedReads.hash(view, PageReads.CLOCK) : clock;
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
            PageReads.note(PageReads.CLOCK);
            return site.values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            PageReads.note(PageReads.CLOCK);
            return site instanceof AdapterTemplateModel adapter ? adapter.getAdaptedObject(hint) : null;
        }
    }

    /** The site view without the clock, for fingerprints of pages that do not show it. */
    static SiteView withoutClock(SiteView site) {
        return new SiteView(site.title(), site.description(), site.baseUrl(), site.homeUrl(), site.language(),
                site.locale(), site.publisher(), site.sections(), site.archiveUrl(), site.tagsUrl(), site.authorsUrl(), null);
    }
}
