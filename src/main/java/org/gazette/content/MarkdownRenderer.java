package org.gazette.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Image;
import org.gazette.model.Source;

/**
 * Markdown to safe HTML with parsers and a renderer shared by all threads. Raw HTML is
 * escaped (or, with {@code markdown.rawHtml: sanitize}, cleaned by {@link RawHtml}), {@code ```embed}
 * blocks become {@link Embeds}, bodies past {@link MarkdownLimits} are refused, dangerous link schemes are dropped, headings get ids for anchors, images are resolved
 * to published files (a missing one is an error at its line), and site-absolute links honour the
 * site's base path.
 */
final class MarkdownRenderer {
    private static final DataKey<Map<String, Image>> IMAGES = new DataKey<>("GAZETTE_IMAGES", Map.of());

    private final Parser parser;
    private final Parser parserWithoutTables;
    private final HtmlRenderer renderer;
    private static final DataKey<Map<Node, String>> EMBEDS = new DataKey<>("GAZETTE_EMBEDS", Map.of());
    private static final java.security.SecureRandom NONCES = new java.security.SecureRandom();

    private static final String SUPPRESSED_LINKS = "(?i)^\\s*(javascript|vbscript|data|file):.*";

    private final String basePath;
    private final MarkdownOptions markdown;
    /** Null when flexmark alone renders (the reference for tests). */
    private final CommonNodesHtml commonNodes;
    /** Null when flexmark alone renders. */
    private final SimpleMarkdown simple;
    private final Embeds embeds;

    MarkdownRenderer(String basePath) {
        this(basePath, MarkdownOptions.DEFAULT);
    }

    /** {@code markdown} decides whether raw HTML is escaped or sanitized, and which hosts embeds may show. */
    MarkdownRenderer(String basePath, MarkdownOptions markdown) {
        this(basePath, markdown, true);
    }

    /**
     * With {@code fast} false, flexmark alone parses ({@link InlineParser} is left out) and renders
     * text ({@link PlainText} too): the reference the tests hold the fast paths to.
     */
    MarkdownRenderer(String basePath, MarkdownOptions markdown, boolean fast) {
        this.basePath = basePath;
        this.markdown = markdown;
        this.embeds = new Embeds(markdown.embedHosts());
        // Every extension but tables: a body without '|' is parsed with these alone (see below).
        List<Extension> withoutTables = List.of(StrikethroughExtension.create());
        MutableDataSet options = new MutableDataSet();
        List<Extension> all = new ArrayList<>(withoutTables);
        all.add(0, TablesExtension.create());
        options.set(Parser.EXTENSIONS, all);
        // In sanitize mode raw HTML reaches the output only through RawHtml's allow-list.
        options.set(HtmlRenderer.ESCAPE_HTML, markdown.rawHtml() == MarkdownOptions.RawHtmlMode.ESCAPE);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(TablesExtension.CLASS_NAME, "table");
        parser = parser(options, fast);
        // The tables extension is only a paragraph pre-processor, which leaves a paragraph without '|'
        // as it is: a body without one is parsed without it (and its set-up for every document).
        MutableDataSet noTables = new MutableDataSet(options);
        noTables.set(Parser.EXTENSIONS, withoutTables);
        parserWithoutTables = fast ? parser(noTables, true) : parser;
        HtmlRenderer.Builder html = HtmlRenderer.builder(options)
                .linkResolverFactory(new SiteLinks())
                .attributeProviderFactory(new ImageAttributes())
                .nodeRendererFactory(dataHolder -> new EmbedBlocks());
        if (fast) {
            html.nodeRendererFactory(dataHolder -> new PlainText());
        }
        renderer = html.build();
        commonNodes = fast ? new CommonNodesHtml(this::siteUrl, SUPPRESSED_LINKS, options) : null;
        simple = fast ? new SimpleMarkdown(this::siteUrl, options) : null;
    }

    private static Parser parser(MutableDataSet options, boolean fast) {
        Parser.Builder parser = Parser.builder(options);
        if (fast) {
            // flexmark adds its reference definitions pre-processor only with its own inline parser.
            parser.customInlineParserFactory(InlineParser::new)
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return parser.build();
    }

    /**
     * Renders {@code body} of {@code file}; image problems go to {@code problems} with their line
     * ({@code lineOffset} lines precede the body in the file).
     */
    String render(String body, Path file, Source fileSource, int lineOffset, ImageFiles images,
                  java.util.function.Consumer<Image> published, Problems problems) {
        return render(body, true, file, fileSource, lineOffset, images, published, problems);
    }

    /**
     * The HTML, as UTF-8, of a body among the simplest (see {@link SimpleMarkdown}: no images or
     * embeds, only links SafeLinks allows), written straight from its bytes {@code utf8[from, to)};
     * null when the body is to be rendered from its text ({@link #renderParsed}).
     */
    byte[] renderSimple(byte[] utf8, int from, int to) {
        byte[] html = simple == null ? null : simple.render(utf8, from, to);
        return html == null || markdown.rawHtml() != MarkdownOptions.RawHtmlMode.SANITIZE ? html
                : RawHtml.sanitize(new String(html, StandardCharsets.UTF_8), java.util.Set.of()).getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #render}, for a body {@link #renderSimple} declined: it is parsed. */
    String renderParsed(String body, Path file, Source fileSource, int lineOffset, ImageFiles images,
                        java.util.function.Consumer<Image> published, Problems problems) {
        return render(body, false, file, fileSource, lineOffset, images, published, problems);
    }

    private String render(String body, boolean trySimple, Path file, Source fileSource, int lineOffset, ImageFiles images,
                          java.util.function.Consumer<Image> published, Problems problems) {
        if (!MarkdownLimits.check(body, fileSource.file(), lineOffset, problems)) {
            return "";
        }
        boolean sanitize = markdown.rawHtml() == MarkdownOptions.RawHtmlMode.SANITIZE;
        // The simplest bodies (most news text) need no parsing: no images or embeds, only links SafeLinks allows.
        // An article's body comes here as text only when it could not be written from the file's bytes
        // (a file with Windows line endings, say): encoding it once is less than parsing it.
        if (trySimple) {
            byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
            byte[] simpleHtml = renderSimple(utf8, 0, utf8.length);
            if (simpleHtml != null) {
                return new String(simpleHtml, StandardCharsets.UTF_8);
            }
        }
        Document document = (body.indexOf('|') < 0 ? parserWithoutTables : parser).parse(body);
        Map<String, Image> resolved = new HashMap<>();
        List<Node> unsafe = new java.util.ArrayList<>();
        Map<Node, String> embedded = new HashMap<>();
        Map<String, String> placeholders = new HashMap<>();
        String nonce = sanitize ? Long.toHexString(NONCES.nextLong()) + Long.toHexString(NONCES.nextLong()) : "";
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock block && Embeds.INFO.equals(block.getInfo().toString().strip())) {
                try {
                    String html = embeds.html(block.getContentChars().toString());
                    if (sanitize) {
                        // The sanitizer would remove the iframe: it goes in after cleaning, in place of a token.
                        String token = "gazette-embed-" + nonce + "-" + placeholders.size();
                        placeholders.put("<p>" + token + "</p>", html.strip());
                        html = "<p>" + token + "</p>\n";
                    }
                    embedded.put(node, html);
                } catch (Embeds.EmbedException e) {
                    problems.add(position(body, block.getContentChars().getStartOffset(), fileSource, lineOffset),
                            e.getMessage(), e.hint());
                }
                continue;
            }
            if (isUnsafeLink(node, document)) {
                unsafe.add(node);
                continue;
            }
            String url;
            String alt;
            if (node instanceof com.vladsch.flexmark.ast.Image image) {
                url = image.getUrl().unescape();
                alt = image.getText().toString();
            } else if (node instanceof ImageRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference == null) {
                    continue;
                }
                url = reference.getUrl().unescape();
                alt = ref.getText().toString();
            } else {
                continue;
            }
            Source at = position(body, node.getStartOffset(), fileSource, lineOffset);
            if (alt.isBlank()) {
                problems.add(at, "image '" + url + "' has no alt text",
                        "describe the picture for readers who cannot see it: ![what it shows](" + url + ")");
            }
            try {
                Image image = images.resolve(url, file, alt, null, null);
                resolved.put(url, image);
                published.accept(image);
            } catch (ImageFiles.ImageException e) {
                problems.add(at, e.getMessage(), e.hint());
            }
        }
        unsafe.forEach(MarkdownRenderer::keepTextOnly);
        document.set(IMAGES, resolved);
        document.set(EMBEDS, embedded);
        // An embed is a fenced code block, which CommonNodesHtml leaves to flexmark (and EmbedBlocks).
        String html = commonNodes == null ? null : commonNodes.render(document);
        if (html == null) {
            // PlainText writes most words as a mark, to be put in afterwards (see there); when the marks do
            // not pair up with the words, the document is rendered again with the words written out.
            List<String> marked = new java.util.ArrayList<>();
            document.set(PlainText.MARKED, marked);
            html = PlainText.fill(renderer.render(document), marked);
            document.remove(PlainText.MARKED);
            if (html == null) {
                html = renderer.render(document);
            }
        }
        if (!sanitize) {
            return html;
        }
        java.util.Set<String> imageUrls = new java.util.HashSet<>();
        resolved.values().forEach(image -> imageUrls.add(basePath + image.outputPath()));
        String clean = RawHtml.sanitize(html, imageUrls);
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            clean = clean.replace(p.getKey(), p.getValue());
        }
        return clean;
    }

    /** Renders ```embed blocks as the HTML {@link Embeds} made for them; other code blocks as usual. */
    private static final class EmbedBlocks implements NodeRenderer {
        @Override
        public java.util.Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return java.util.Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
                String embed = EMBEDS.get(node.getDocument()).get(node);
                if (embed == null) {
                    context.delegateRender();
                } else {
                    html.line();
                    html.raw(embed);
                }
            }));
        }
    }

    /** A link whose target a browser would run (javascript: and the like, in any spelling). */
    private static boolean isUnsafeLink(Node node, Document document) {
        String url;
        if (node instanceof com.vladsch.flexmark.ast.Link link) {
            url = link.getUrl().unescape();
        } else if (node instanceof com.vladsch.flexmark.ast.AutoLink link) {
            url = link.getUrl().unescape();
        } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && ref.getReferenceNode(document) != null) {
            url = ref.getReferenceNode(document).getUrl().unescape();
        } else {
            return false;
        }
        return !SafeLinks.isAllowed(url);
    }

    /** Replaces a link by its text, so the words stay and the target goes. */
    private static void keepTextOnly(Node link) {
        if (link instanceof com.vladsch.flexmark.ast.AutoLink) {
            link.insertBefore(new com.vladsch.flexmark.ast.Text(((com.vladsch.flexmark.ast.AutoLink) link).getText()));
        } else {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
        }
        link.unlink();
    }

    private static Source position(String text, int offset, Source file, int lineOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Source(file.file(), lineOffset + line, offset - lineStart + 1);
    }

    /** The writer of the simplest bodies this renderer uses (null when flexmark alone renders), for tests. */
    SimpleMarkdown simple() {
        return simple;
    }

    /** A site-absolute link ({@code /world/…}) with the site's base path; any other link as it is. */
    String siteUrl(String url) {
        return isSiteAbsolute(url) ? basePath + url.substring(1) : url;
    }

    private static boolean isSiteAbsolute(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    /** Images point at their published file; site-absolute links get the base path. */
    private final class SiteLinks extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                if (link.getLinkType() == LinkType.IMAGE) {
                    Image image = IMAGES.get(node.getDocument()).get(link.getUrl());
                    return image == null ? link : link.withUrl(basePath + image.outputPath()).withStatus(LinkStatus.VALID);
                }
                return isSiteAbsolute(link.getUrl()) ? link.withUrl(siteUrl(link.getUrl())).withStatus(LinkStatus.VALID) : link;
            };
        }
    }

    /** Body images load lazily and carry their size, so the page does not jump. */
    private static final class ImageAttributes extends IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof ImageRef) {
                    attributes.replaceValue("loading", "lazy");
                    attributes.replaceValue("decoding", "async");
                    String src = attributes.getValue("src");
                    for (Image image : IMAGES.get(node.getDocument()).values()) {
                        if (src.endsWith("/" + image.outputPath()) && image.width() > 0) {
                            attributes.replaceValue("width", Integer.toString(image.width()));
                            attributes.replaceValue("height", Integer.toString(image.height()));
                            break;
                        }
                    }
                }
            };
        }
    }
}
