package org.gazette.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;

/**
 * Template models of the values {@link PageReads} follows (the Trending and Most Read lists, the
 * build clock) that note a read whenever they are used, not only when they are looked up: a template
 * may look one up into a variable and use it inside a {@code <@cached>} block, which then shows it
 * on every page that repeats it.
 */
final class NotedReads {
    private NotedReads() {
    }

    /** {@code list}, a wrapped list, noting {@code reads} on every use. */
    static TemplateSequenceModel sequence(TemplateSequenceModel list, int reads) {
        return new Sequence(list, reads);
    }

    /** {@code hash}, a wrapped view record, noting {@code reads} on every use. */
    static TemplateHashModelEx hash(TemplateHashModelEx hash, int reads) {
        return new Hash(hash, reads);
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

    private record Hash(TemplateHashModelEx hash, int reads) implements TemplateHashModelEx, AdapterTemplateModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            PageReads.note(reads);
            return hash.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            PageReads.note(reads);
            return hash.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            PageReads.note(reads);
            return hash.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            PageReads.note(reads);
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
    }
}
