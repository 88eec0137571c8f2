package org.gazette.render;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Whether two planned pages have the same inputs, so the HTML rendered for one is the HTML of the
 * other (with the same templates and site-wide values). The page view and the variables are
 * compared component by component; below them the view records' own {@code equals} decides (fast:
 * their strings are mostly the same instances). Markup values (an article body), which have no
 * {@code equals}, are compared by their text; a page's JSON-LD by what it is made from
 * ({@link org.gazette.render.view.JsonLd#equals}), without making it; any other value without
 * {@code equals} counts as changed, so the page is rendered again — never wrongly kept.
 */
public final class PageInputs {
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    private PageInputs() {
    }

    public static boolean same(PageSpec a, PageSpec b) {
        return a.path().equals(b.path()) && a.template().equals(b.template()) && same(a.page(), b.page(), 1)
                && same(a.variables(), b.variables(), 2);
    }

    /** Compares records, lists and maps part by part down to {@code depth} levels, then by {@code equals}. */
    static boolean same(Object a, Object b, int depth) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof TemplateMarkupOutputModel<?> m && b instanceof TemplateMarkupOutputModel<?> n) {
            return markup(m).equals(markup(n));
        }
        if (depth > 0 && a instanceof Record && a.getClass() == b.getClass()) {
            for (Method accessor : COMPONENTS.get(a.getClass())) {
                try {
                    if (!same(accessor.invoke(a), accessor.invoke(b), depth - 1)) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        }
        if (depth > 0 && a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!same(e.getValue(), y.get(e.getKey()), depth - 1)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] out = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            out[i] = components[i].getAccessor();
            out[i].setAccessible(true);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String markup(TemplateMarkupOutputModel model) {
        try {
            return model.getOutputFormat().getMarkupString(model);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
