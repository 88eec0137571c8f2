package org.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.Version;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.io.IoErrors;
import org.gazette.model.SiteSettings;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.SiteView;

/**
 * The one Freemarker configuration of a build, set up for untrusted content: HTML auto-escaping
 * in every template, no class instantiation, no {@code ?api}, errors rethrown (never printed
 * into pages), fixed locale and time zone. Thread-safe once built.
 */
public final class TemplateEngine {
    static final Version VERSION = Configuration.VERSION_2_3_34;

    /** Each thread's page writer: 32 KB to start with (most pages fit), not kept once grown past 1 MB. */
    private static final SpareWriters PAGE_WRITERS = new SpareWriters(32 * 1024, 1024 * 1024);

    private final Configuration config;
    private final Theme theme;
    private final AssetFunction asset;

    /** {@code assets} decides the URLs {@code asset(…)} gives: the fingerprinted names of the published files. */
    public TemplateEngine(Theme theme, SiteSettings site, ThemeAssets assets) {
        this.theme = theme;
        this.asset = new AssetFunction(site.basePath(), assets);
        config = new Configuration(VERSION);
        config.setTemplateLoader(theme.loader());
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setLocale(site.locale());
        config.setTimeZone(java.util.TimeZone.getTimeZone(site.timeZone()));
        config.setNumberFormat("computer");
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setObjectWrapper(new ViewWrapper(VERSION));
    }

    /**
     * Renders one page to UTF-8 HTML; {@code trending} and {@code mostRead} feed the Trending and Most
     * Read blocks, {@code cached} is the renderer's {@code <@cached>} directive. What of the clock and the
     * rankings the page read is then {@link PageReads#last()}.
     */
    public byte[] render(PageSpec spec, SiteView site, List<ArticleCard> trending, List<ArticleCard> mostRead,
                         CachedDirective cached) {
        byte[][] page = new byte[1][];
        render(spec, site, trending, mostRead, cached, (bytes, length) -> page[0] = Arrays.copyOf(bytes, length));
        return page[0];
    }

    /** A rendered page: the first {@code length} bytes of {@code bytes}, which are reused once the call returns. */
    @FunctionalInterface
    public interface PageBytes {
        void accept(byte[] bytes, int length);
    }

    /**
     * As {@link #render(PageSpec, SiteView, List, List, CachedDirective)}, handing the page to {@code out}
     * from the render thread's buffer: a copy of every page was a tenth of a large build's allocation.
     */
    public void render(PageSpec spec, SiteView site, List<ArticleCard> trending, List<ArticleCard> mostRead,
                       CachedDirective cached, PageBytes page) {
        Map<String, Object> root = new HashMap<>(spec.variables());
        // Read once, and only now: a page kept from the last build never reads its body.
        root.replaceAll((name, value) -> value instanceof PageBody body ? body.markup() : value);
        try {
            root.put("site", NotedReads.site((TemplateHashModelEx) config.getObjectWrapper().wrap(site)));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // a view record is always wrapped
        }
        root.put("page", spec.page());
        root.put("trending", ranking(trending));
        root.put("mostRead", ranking(mostRead));
        root.put("asset", asset);
        root.put("cached", cached);
        Utf8Writer out = PAGE_WRITERS.take();
        PageReads.begin();
        try {
            Template template = config.getTemplate(spec.template());
            template.process(root, out);
        } catch (ParseException e) {
            throw new RenderException(theme.describe(e.getTemplateName()) + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": template syntax error: " + e.getEditorMessage(), spec);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? theme.describe(spec.template())
                    : theme.describe(e.getTemplateSourceName()) + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            String message = firstLine(e.getMessageWithoutStackTop());
            if (message.endsWith(":") && e.getBlamedExpressionString() != null) {
                message = message + " " + e.getBlamedExpressionString();
            }
            throw new RenderException(where + ": " + message, spec);
        } catch (SecurityException e) {
            // FileTemplateLoader's refusal of a template whose real path leaves templates/ (a symbolic link).
            throw new RenderException(theme.describeLink(e.getMessage()) + ": symbolic link leads outside templates/", spec);
        } catch (IOException e) {
            throw new RenderException(theme.describe(spec.template()) + ": " + IoErrors.reason(e), spec);
        }
        out.end();
        page.accept(out.buffer(), out.size());
        PAGE_WRITERS.giveBack(out);
    }

    /** A ranking list as templates see it: noting its use ({@link NotedReads}). */
    private TemplateSequenceModel ranking(List<ArticleCard> list) {
        try {
            return NotedReads.rankings((TemplateSequenceModel) config.getObjectWrapper().wrap(list));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // a list is always wrapped as a sequence
        }
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().lines().findFirst().orElse("template error");
    }

    /**
     * {@code asset("css/gazette.css")}: the URL of a theme file as published (with its content hash
     * in the name); an unknown name is a template error.
     */
    private record AssetFunction(String basePath, ThemeAssets assets) implements TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel name)) {
                throw new TemplateModelException("asset(path) takes one text argument");
            }
            String path = name.getAsString();
            String published = assets.outputPath(path);
            if (published == null) {
                throw new TemplateModelException("unknown asset '" + path + "': no file templates/assets/" + path);
            }
            return basePath + published;
        }
    }

    /** A template failed; the message names the template, line and column, and the page being rendered. */
    public static final class RenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderException(String message, PageSpec spec) {
            super(message + "\n    while rendering /" + spec.path() + " with " + spec.template());
        }
    }
}
