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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.render.view.PageView;

/**
 * The object wrapper of the template engine: it shows the view records ({@code render.view}) to
 * templates as hashes of their record components and nothing else, each read through an accessor
 * found once per record class. The bean wrapper it replaces for them introspected and checked its
 * member-access policy on every property read (a fifth of page rendering), and also offered every
 * public method ({@code hashCode()}, {@code withStructuredData(…)}) to templates. Anything else is
 * wrapped as {@link DefaultObjectWrapper} does.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    private static final Package VIEWS = PageView.class.getPackage();

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
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
        if (value instanceof Record view && view.getClass().getPackage() == VIEWS) {
            return new ViewModel(view, SHAPES.get(view.getClass()), this);
        }
        return super.wrap(value);
    }

    /** A record class's component names, in declaration order, and their accessors. */
    private record Shape(Map<String, MethodHandle> accessors, List<String> names) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, MethodHandle> accessors = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent component : components) {
                try {
                    accessors.put(component.getName(), lookup.unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("view record " + type.getName() + " is not public", e);
                }
            }
            return new Shape(Map.copyOf(accessors),
                    Arrays.stream(components).map(RecordComponent::getName).toList());
        }
    }

    /** One view record as a template sees it: its components by name. */
    private static final class ViewModel implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {
        private final Record view;
        private final Shape shape;
        private final ObjectWrapper wrapper;

        ViewModel(Record view, Shape shape, ObjectWrapper wrapper) {
            this.view = view;
            this.shape = shape;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = shape.accessors().get(key);
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
            return shape.names().size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(shape.names(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new java.util.ArrayList<>();
            for (String name : shape.names()) {
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
