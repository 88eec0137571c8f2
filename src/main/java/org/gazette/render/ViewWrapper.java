package org.gazette.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.render.view.JsonLd;
import org.gazette.render.view.PageView;

/**
 * The object wrapper of the template engine: it shows the view records ({@code render.view}) to
 * templates as hashes of their record components and nothing else, each read through an accessor
 * found once per record class. The bean wrapper it replaces for them introspected and checked its
 * member-access policy on every property read (a fifth of page rendering), and also offered every
 * public method ({@code hashCode()}, {@code withStructuredData(…)}) to templates. A page's
 * {@link JsonLd} is shown as its markup, made then. Anything else is wrapped as
 * {@link DefaultObjectWrapper} does.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    private static final Package VIEWS = PageView.class.getPackage();
    /** What {@link #ACCESSORS} holds for a record that is not a view (decided once per class). */
    private static final Map<String, MethodHandle> NOT_A_VIEW = Map.of();

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return type.getPackage() == VIEWS ? accessors(type) : NOT_A_VIEW;
        }
    };

    ViewWrapper(Version version) {
        super(version);
        setExposeFields(false);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String text) {
            return new SimpleScalar(text);
        }
        if (value instanceof JsonLd json) {
            return json.markup();
        }
        if (value instanceof Record view) {
            Map<String, MethodHandle> accessors = ACCESSORS.get(view.getClass());
            if (accessors != NOT_A_VIEW) {
                return new ViewModel(view, accessors, this);
            }
        }
        return super.wrap(value);
    }

    /**
     * The accessors of {@code record}'s components in declaration order, which are all a template sees
     * of a view; null if it is not a view, which templates see with its methods too.
     */
    static Collection<MethodHandle> components(Record record) {
        Map<String, MethodHandle> accessors = ACCESSORS.get(record.getClass());
        return accessors == NOT_A_VIEW ? null : accessors.values();
    }

    /** A record class's accessors by component name, in declaration order. */
    private static Map<String, MethodHandle> accessors(Class<?> type) {
        Map<String, MethodHandle> accessors = new LinkedHashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                accessors.put(component.getName(), lookup.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("view record " + type.getName() + " is not public", e);
            }
        }
        return Collections.unmodifiableMap(accessors);
    }

    /** One view record as a template sees it: its components by name. */
    private record ViewModel(Record view, Map<String, MethodHandle> accessors, ObjectWrapper wrapper)
            implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = accessors.get(key);
            if (accessor == null) {
                // Like a missing hash key: `x.unknown??` is false, `${x.unknown}` names the expression.
                return null;
            }
            try {
                return wrapper.wrap(accessor.invokeExact((Object) view));
            } catch (TemplateModelException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return accessors.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(accessors.keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new ArrayList<>();
            for (String name : accessors.keySet()) {
                values.add(get(name));
            }
            return new SimpleCollection(values, wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return view;
        }

        @Override
        public Object getWrappedObject() {
            return view;
        }
    }
}
