package org.gazette.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;

/**
 * Template models of the values {@link PageReads} follows, the Trending and Most Read lists and the
 * build clock ({@code site.generatedAt}), that note a read whenever they are used: also when a
 * template looks one up into a variable and uses it inside a {@code <@cached>} block, which then
 * shows it on every page that repeats it. Looking one up alone tells a template nothing (they are
 * always there), so it notes nothing.
 */
final class NotedReads {
    static final String CLOCK = "generatedAt";

    private NotedReads() {
    }

    /** {@code list}, a wrapped ranking list, noting {@link PageReads#RANKINGS} on every use. */
    static TemplateSequenceModel rankings(TemplateSequenceModel list) {
        return new Sequence(list, PageReads.RANKINGS);
    }

    /**
     * {@code site}, the wrapped site view, whose {@code generatedAt} notes {@link PageReads#CLOCK} on
     * every use, as does anything that hands over all of the site at once ({@code ?values}).
     */
    static TemplateHashModelEx site(TemplateHashModelEx site) {
        return new Hash(site, PageReads.CLOCK, CLOCK);
    }

    private record Sequence(TemplateSequenceModel list, int reads) implements TemplateSequenceModel, AdapterTemplateModel {
        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            PageReads.note(reads);
            return list.get(index);
        }

        @Override
        public int size() throws TemplateModelException {
            PageReads.note(reads);
            return list.size();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            PageReads.note(reads);
            return list instanceof AdapterTemplateModel adapter ? adapter.getAdaptedObject(hint) : null;
        }
    }

    /**
     * A hash noting {@code reads} on every use, or, with a {@code key}, only through that key's value
     * (itself noted on every use) and through what hands over every value.
     */
    private record Hash(TemplateHashModelEx hash, int reads, String key) implements TemplateHashModelEx, AdapterTemplateModel {
        @Override
        public TemplateModel get(String name) throws TemplateModelException {
            TemplateModel value = hash.get(name);
            if (key == null) {
                PageReads.note(reads);
                return value;
            }
            return name.equals(key) && value instanceof TemplateHashModelEx noted ? new Hash(noted, reads, null) : value;
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            noteWhole();
            return hash.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            noteWhole();
            return hash.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            noteWhole();
            return hash.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            PageReads.note(reads);
            return hash.values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            PageReads.note(reads);
            return hash instanceof AdapterTemplateModel adapter ? adapter.getAdaptedObject(hint) : null;
        }

        /** A use of the hash as a whole: a read if the whole hash is the value followed. */
        private void noteWhole() {
            if (key == null) {
                PageReads.note(reads);
            }
        }
    }
}
