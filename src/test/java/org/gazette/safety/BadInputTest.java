package org.gazette.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.content.ContentException;
import org.gazette.output.OutputException;
import org.gazette.render.TemplateEngine;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input suite: each case starts from the basic newsroom with a good site already built in
 * {@code site/}, makes one hostile or broken change, builds again, and expects the exact error an
 * editor reads (or, for a safe result, the exact output) — and, when the build fails, the
 * previous site byte for byte with no staging folder left beside it.
 */
class BadInputTest {
    private static final String P = "content/articles/2024/01/probe.md";
    private static final String PAGE = "world/2024/01/10/probe/index.html";
    private static final String VALID = """
            title: Probe
            date: 2024-01-10T10:00:00+01:00
            author: anna-berg
            section: world
            """;
    private static final String OUT_HINT = "\n    hint: choose another --out folder (the default is site/ in the project)";
    private static final String SLUG_HINT = "\n    hint: use lowercase letters, digits and dashes, e.g. ";
    private static final String ALIAS = "\n    hint: write the former address as a path starting with /, e.g. /2023/10/old-headline/";
    private static final String LINKS = " (more than 1000 links, images and references in one article)\n"
            + "    hint: split the article, or move the list of links into a file readers can download";
    private static final String NESTING = "\n    hint: flatten the structure: no reader follows more than a few levels";
    private static final String WHILE = "\n    while rendering /404.html with pages/404.ftlh";
    private static final String LINK = "symbolic link leads outside the project\n    hint: copy the file into the project instead";

    @TempDir
    static Path shared;

    @BeforeAll
    static void buildTheGoodSiteOnce() {
        Path newsroom = Newsrooms.copyOfBasic(shared.resolve("newsroom"));
        Builds.build(newsroom, shared.resolve("site"));
    }

    /** A change to the newsroom (at {@code root}; {@code dir} holds it, the site and anything outside). */
    interface Change {
        void apply(Path root, Path dir) throws IOException;
    }

    /** What a successful build must show, read from the built site. */
    interface Extract {
        String from(Path site) throws IOException;
    }

    record Case(Change change, String expected, Extract safe, String out) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsAloneOrGivesASafeResult(Case c, @TempDir Path dir) throws IOException {
        Path root = Newsrooms.copy(shared.resolve("newsroom"), dir.resolve("newsroom"));
        Path site = Newsrooms.copy(shared.resolve("site"), dir.resolve("site"));
        Map<String, String> before = SiteTrees.hashes(site);
        c.change().apply(root, dir);
        Path out = c.out() == null ? site : Path.of(c.out().replace("{dir}", dir.toString())
                .replace("{home}", System.getProperty("user.home")));
        String expected = c.expected().replace("{dir}", dir.toString()).replace("{home}", System.getProperty("user.home"));
        String result;
        try {
            Builds.build(root, out);
            result = c.safe() == null ? "the build succeeded" : c.safe().from(site);
        } catch (ContentException e) {
            result = e.report();
        } catch (OutputException | TemplateEngine.RenderException e) {
            result = e.getMessage();
        }
        assertEquals(expected, result);
        if (c.safe() == null) {
            assertEquals(before, SiteTrees.hashes(site), "the previous site is untouched");
        }
        // The output's lock file stays once a build has come to writing (see OutputLock), and the site a
        // build replaced stays for the next build to take up; a failed build replaces nothing.
        String replaced = ".site.gazette-old-" + ProcessHandle.current().pid();
        assertEquals(List.of("newsroom", "site"), SiteTrees.names(dir).stream()
                .filter(n -> !n.equals("outside") && !n.equals(".site.gazette-lock") && !(c.safe() != null && n.equals(replaced)))
                .toList(), "no staging folder is left");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Change article(String frontMatter, String body) {
        return (root, dir) -> Newsrooms.write(root, P, "---\n" + frontMatter + "---\n" + body);
    }

    private static Change file(String relative, String text) {
        return (root, dir) -> Newsrooms.write(root, relative, text);
    }

    private static Change bytes(String relative, byte[] bytes) {
        return (root, dir) -> Newsrooms.write(root, relative, bytes);
    }

    private static Change both(Change a, Change b) {
        return (root, dir) -> {
            a.apply(root, dir);
            b.apply(root, dir);
        };
    }

    /** A file outside the newsroom, and a link to it inside. */
    private static Change link(String relative, String outsideName, byte[] content) {
        return (root, dir) -> {
            Path target = Newsrooms.write(dir, "outside/" + outsideName, content);
            Path link = root.resolve(relative);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
        };
    }

    private static Change siteYaml(String extra) {
        return (root, dir) -> Files.writeString(root.resolve("content/site.yaml"),
                Files.readString(root.resolve("content/site.yaml")) + extra);
    }

    private static Change replaceIn(String relative, String from, String to) {
        return (root, dir) -> {
            Path f = root.resolve(relative);
            String text = Files.readString(f);
            if (!text.contains(from)) {
                throw new IllegalStateException(relative + " has no " + from);
            }
            Files.writeString(f, text.replace(from, to));
        };
    }

    /** The probe's body HTML between the paragraphs START and END. */
    private static Extract body() {
        return site -> {
            String page = Files.readString(site.resolve(PAGE));
            int start = page.indexOf("<p>START</p>\n") + "<p>START</p>\n".length();
            return page.substring(start, page.indexOf("<p>END</p>", start));
        };
    }

    private static Extract select(String css) {
        return site -> Jsoup.parse(site.resolve(PAGE).toFile(), "UTF-8").select(css).first().text();
    }

    private static Extract attribute(String css, String attribute) {
        return site -> Jsoup.parse(site.resolve(PAGE).toFile(), "UTF-8").select(css).first().attr(attribute);
    }

    private static Arguments error(String name, Change change, String expected) {
        return Arguments.of(Named.of(name, new Case(change, expected, null, null)));
    }

    private static Arguments safe(String name, Change change, Extract extract, String expected) {
        return Arguments.of(Named.of(name, new Case(change, expected, extract, null)));
    }

    private static Arguments body(String name, String markdown, String expectedHtml) {
        return safe(name, article(VALID, "START\n\n" + markdown + "\n\nEND\n"), body(), expectedHtml);
    }

    private static Arguments output(String name, Change change, String out, String expected) {
        return Arguments.of(Named.of(name, new Case(change, expected, null, out)));
    }

    // ---- the cases -----------------------------------------------------------------------------

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        all.addAll(frontMatter());
        all.addAll(markdown());
        all.addAll(fileSystem());
        all.addAll(templates());
        all.addAll(settings());
        all.addAll(outputFolders());
        return all.stream();
    }

    static List<Arguments> frontMatter() {
        String huge = "x".repeat(1 << 20);
        return List.of(
                error("huge front matter", article(VALID + "summary: " + huge + "\n", "Text.\n"),
                        P + ":2:1: YAML is too large (" + (VALID.length() + 10 + huge.length()) + " characters, the limit is 1048576)"),
                error("deeply nested front matter", article(VALID + "tags: " + "[".repeat(40) + "]".repeat(40) + "\n", "Text.\n"),
                        P + ":6:26: YAML is nested too deeply (more than 20 levels)\n    hint: flatten the structure"),
                error("duplicate key", article(VALID + "title: Again\n", "Text.\n"),
                        P + ":6:1: duplicate key 'title' (first at line 2)\n    hint: keep one 'title:' line and delete the other"),
                error("anchor", article(VALID + "summary: &s Short\n", "Text.\n"),
                        P + ":6:10: YAML anchors (&name) are not allowed\n    hint: remove the '&s' anchor"),
                error("alias", article(VALID + "summary: *title\n", "Text.\n"),
                        P + ":6:10: YAML aliases (*name) are not allowed\n    hint: write the value out in full"),
                error("merge key", article(VALID + "image:\n  <<: {src: /images/logo.png}\n  alt: Logo\n", "Text.\n"),
                        P + ":7:3: YAML merge keys (<<) are not allowed\n    hint: write the keys out in full"),
                safe("'no' as a title stays the word", article(VALID.replace("title: Probe", "title: no"), "Text.\n"),
                        select("h1"), "no"),
                safe("'0123' as a summary keeps its zero", article(VALID + "summary: 0123\n", "Text.\n"),
                        attribute("meta[name=description]", "content"), "0123"),
                error("'yes' as draft", article(VALID + "draft: yes\n", "Text.\n"),
                        P + ":6:8: 'draft' must be true or false, found 'yes'\n    hint: write draft: true or draft: false"),
                error("'on' as rankings.exclude", article(VALID + "rankings:\n  exclude: on\n", "Text.\n"),
                        P + ":7:12: 'exclude' must be true or false, found 'on'\n    hint: write exclude: true or exclude: false"),
                error("slug with ..", article(VALID + "slug: ../x\n", "Text.\n"),
                        P + ":6:7: slug '../x' is not URL-safe" + SLUG_HINT + "'x'"),
                error("slug with capitals", article(VALID + "slug: Probe\n", "Text.\n"),
                        P + ":6:7: slug 'Probe' is not URL-safe" + SLUG_HINT + "'probe'"),
                error("slug with Unicode", article(VALID + "slug: café\n", "Text.\n"),
                        P + ":6:7: slug 'café' is not URL-safe" + SLUG_HINT + "'cafe'"),
                error("tag that slugifies to nothing", article(VALID + "tags: [\"***\"]\n", "Text.\n"),
                        P + ":6:8: tag '***' has no letters or digits\n    hint: tags must contain a letter or digit"),
                error("alias with ..", article(VALID + "aliases: [/a/../../etc/]\n", "Text.\n"),
                        P + ":6:11: alias '/a/../../etc/' is not a path on this site" + ALIAS),
                error("alias with a scheme", article(VALID + "aliases: [\"javascript:alert(1)\"]\n", "Text.\n"),
                        P + ":6:11: alias 'javascript:alert(1)' is not a path on this site" + ALIAS),
                error("alias with a query", article(VALID + "aliases: [\"/old/?id=1\"]\n", "Text.\n"),
                        P + ":6:11: alias '/old/?id=1' is not a path on this site" + ALIAS),
                error("two slugs that differ only in case", both(file("content/articles/2024/01/Probe.md",
                                "---\n" + VALID + "---\nOne.\n"), file("content/articles/2024/02/probe.md",
                                "---\n" + VALID.replace("2024-01-10", "2024-02-10") + "---\nTwo.\n")),
                        "content/articles/2024/02/probe.md:1:1: the slug probe is already used by content/articles/2024/01/Probe.md"
                                + "\n    hint: give one of them another 'slug:'"),
                error("two slugs that differ only in Unicode form", both(file("content/articles/2024/01/caf\u00e9.md",
                                "---\n" + VALID + "---\nOne.\n"), file("content/articles/2024/01/cafe\u0301.md",
                                "---\n" + VALID + "---\nTwo.\n")),
                        "content/articles/2024/01/caf\u00e9.md:1:1: the URL /world/2024/01/10/cafe/ is already used by "
                                + "content/articles/2024/01/cafe\u0301.md\n    hint: give one of them another 'slug:'"),
                error("article URL on a section listing page", both(siteYaml("permalink: /{section}/{slug}/\n"),
                                article(VALID + "slug: page\n", "Text.\n")),
                        P + ":1:1: the URL /world/page/ belongs to the site's own pages\n    hint: give the article another 'slug:' or change the permalink pattern in site.yaml"),
                error("article URL on a tag page", both(siteYaml("permalink: /{slug}/\n"), article(VALID + "slug: tags\n", "Text.\n")),
                        P + ":1:1: the URL /tags/ belongs to the site's own pages\n    hint: give the article another 'slug:' or change the permalink pattern in site.yaml"),
                error("alias on the site feed", article(VALID + "aliases: [/feed.xml]\n", "Text.\n"),
                        P + ":1:1: alias /feed.xml belongs to the site's own pages"),
                error("alias on a section page", article(VALID + "aliases: [/world/]\n", "Text.\n"),
                        P + ":1:1: alias /world/ belongs to the site's own pages"));
    }

    static List<Arguments> markdown() {
        return List.of(
                body("javascript: link", "[a](javascript:alert(1))", "<p>a</p>\n"),
                body("JavaScript: in mixed case", "[a](JaVaScRiPt:alert(1))", "<p>a</p>\n"),
                body("javascript: written with an entity", "[a](&#106;avascript:alert(1))", "<p>a</p>\n"),
                body("javascript: with a tab entity in the scheme", "[a](java&#x09;script:alert(1))", "<p>a</p>\n"),
                body("javascript: with a newline entity in the scheme", "[a](java&#10;script:alert(1))", "<p>a</p>\n"),
                body("javascript: with &colon;", "[a](javascript&colon;alert(1))", "<p>a</p>\n"),
                body("javascript: percent-encoded stays a harmless relative link", "[a](javascript%3Aalert(1))", "<p><a href=\"javascript%3Aalert(1)\">a</a></p>\n"),
                body("javascript: autolink", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"),
                body("javascript: reference link", "[a][r]\n\n[r]: javascript:alert(1)", "<p>a</p>\n"),
                body("vbscript: link", "[a](vbscript:msgbox(1))", "<p>a</p>\n"),
                body("data: link", "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<p>a</p>\n"),
                body("script is escaped by default", "<script>alert(1)</script>",
                        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
                body("img onerror is escaped by default", "<img src=x onerror=alert(1)>",
                        "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"),
                safe("script is removed in sanitize mode", both(siteYaml("markdown:\n  rawHtml: sanitize\n"),
                                article(VALID, "START\n\n<script>alert(1)</script>\n\n<b onclick=\"x()\">bold</b> <i style=\"x\">it</i>\n\nEND\n")),
                        body(), "\n<p><b>bold</b> <i>it</i></p>\n"),
                safe("img onerror and javascript href are removed in sanitize mode", both(siteYaml("markdown:\n  rawHtml: sanitize\n"),
                                article(VALID, "START\n\n<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">a</a> <a href=\"/x/\">b</a>\n\nEND\n")),
                        body(), "<p> <a>a</a> <a href=\"/x/\">b</a></p>\n"),
                error("embed from a host not on the allow-list", article(VALID, "Text.\n\n```embed\nhttps://evil.example.com/v/1\n```\n"),
                        P + ":10:1: embeds from 'evil.example.com' are not allowed\n    hint: allowed: youtube.com, youtu.be, "
                                + "youtube-nocookie.com, vimeo.com, bsky.app, mastodon.social; add a social host to markdown.embedHosts in "
                                + "site.yaml to show its posts as link cards"),
                body("YouTube embed is a sandboxed lazy iframe", "```embed\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\nA song\n```",
                        "<figure class=\"embed embed-video\"><iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" "
                                + "title=\"A song\" width=\"560\" height=\"315\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin "
                                + "allow-presentation allow-popups\" referrerpolicy=\"strict-origin-when-cross-origin\" allow=\"fullscreen; "
                                + "picture-in-picture\" allowfullscreen></iframe><figcaption><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" "
                                + "rel=\"nofollow noopener noreferrer\">A song</a></figcaption></figure>\n"),
                error("100,000 nested quotes", article(VALID, ">".repeat(100_000) + " deep\n"),
                        P + ":7:1: quotes and lists are nested too deeply (100000 levels, the limit is 32)" + NESTING),
                error("lists nested 2,000 deep", article(VALID, listNest(2000)),
                        P + ":39:1: quotes and lists are nested too deeply (33 levels, the limit is 32)" + NESTING),
                error("20,000 link openings in one paragraph", article(VALID, "[a](\n".repeat(20_000)),
                        P + ":1007:3: too many links" + LINKS),
                error("1,001 links in paragraphs of their own", article(VALID, "[a](/x/)\n\n".repeat(1001)),
                        P + ":2007:3: too many links" + LINKS),
                error("emphasis nested 5,000 deep", article(VALID, "*a ".repeat(5000) + "b" + " a*".repeat(5000) + "\n"),
                        P + ":1:1: the article is nested too deeply to read\n"
                                + "    hint: flatten deeply nested quotes, lists, emphasis or brackets"));
    }

    private static String listNest(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("- x\n");
        }
        return b.toString();
    }

    static List<Arguments> fileSystem() {
        byte[] png;
        try {
            png = Files.readAllBytes(Newsrooms.basic().resolve("content/images/logo.png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String image = "image:\n  src: %s\n  alt: A\n";
        return List.of(
                error("image path ../../etc/passwd", article(VALID + image.formatted("../../../../../etc/passwd"), "Text.\n"),
                        P + ":7:8: image '../../../../../etc/passwd' is outside the content folder\n"
                                + "    hint: keep pictures under content/, e.g. content/images/"),
                error("absolute image path outside content", article(VALID + image.formatted("file:///etc/passwd.png"), "Text.\n"),
                        P + ":7:8: image 'file:///etc/passwd.png' is not a file in content/\n"
                                + "    hint: download the picture into content/images/ and write src: /images/<name>"),
                error("symlinked article leading outside", link("content/articles/2024/01/linked.md", "secret.md",
                                ("---\n" + VALID + "---\nSecret.\n").getBytes(StandardCharsets.UTF_8)),
                        "content/articles/2024/01/linked.md: " + LINK),
                error("symlinked image leading outside", both(link("content/images/linked.png", "secret.png", png),
                                article(VALID + image.formatted("/images/linked.png"), "Text.\n")),
                        P + ":7:8: image '/images/linked.png' is a link that leads outside the content folder\n"
                                + "    hint: copy the picture into content/ instead of linking to it"),
                error("symlinked site.yaml leading outside", link("content/site.yaml", "site.yaml",
                                "title: X\nbaseUrl: https://example.org/\n".getBytes(StandardCharsets.UTF_8)),
                        "content/site.yaml: " + LINK),
                error("binary file named .md", bytes(P, new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3}),
                        P + ": file is binary, not text (a NUL byte at offset 4)\n"
                                + "    hint: save it as UTF-8 text, or move it out of the content folder"),
                error("invalid UTF-8", bytes(P, ("---\n" + VALID + "---\nCaf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1)),
                        P + ": file is not valid UTF-8 text\n    hint: re-save it with UTF-8 encoding"),
                error("UTF-16 with a byte order mark", bytes(P, ("\uFEFF---\n" + VALID + "---\nText.\n").getBytes(StandardCharsets.UTF_16)),
                        P + ": file is UTF-16 text, not UTF-8\n    hint: re-save it with UTF-8 encoding"),
                error("empty file", file(P, ""),
                        P + ":1:1: missing front matter\n    hint: start the file with a line '---', the fields (title, date, "
                                + "section, …), then another '---'"),
                error("a 5 MB article", article(VALID, "word ".repeat(1_000_000) + "\n"),
                        P + ": file is too large (4882 KB, the limit is 4096 KB)\n    hint: split it, or move data out of the text"),
                error("section id with ..", replaceIn("content/sections.yaml", "id: culture", "id: ../culture"),
                        "content/articles/2023/10/jazz-festival-review.md:5:10: unknown section 'culture'\n    hint: known: world, politics\n"
                                + "content/articles/2024/07/summer-festival-preview.md:5:10: unknown section 'culture'\n    hint: known: world, politics\n"
                                + "content/sections.yaml:7:7: section id '../culture' is not URL-safe\n    hint: use lowercase letters, digits and dashes, e.g. 'culture'"),
                error("alias on a picture", both(bytes("content/pictures/x.png", png),
                                article(VALID + "aliases: [/pictures/x.png]\n", "![A](/pictures/x.png)\n")),
                        "two sources want the same output file /pictures/x.png: " + P + " (alias /pictures/x.png) and "
                                + "content/pictures/x.png\n    hint: rename one of them (slug, section id, tag or image file name)"),
                error("two images that differ only in case", both(bytes("content/images/Logo.png", png),
                                article(VALID, "![A](/images/Logo.png)\n")),
                        "two sources want output files that differ only in case or Unicode form, /images/Logo.png "
                                + "(content/images/Logo.png) and /images/logo.png (content/images/logo.png)\n"
                                + "    hint: rename one of them: on many file systems they are the same file"));
    }

    static List<Arguments> templates() {
        String page = "templates/pages/404.ftlh";
        return List.of(
                error("template syntax error", file(page, "<#if true>x\n"),
                        "templates/pages/404.ftlh:1:12: template syntax error: Unexpected end of file reached. You have an unclosed "
                                + "#if. Check if the FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker end-tags "
                                + "must have # or @ after the / character.)" + WHILE),
                error("template instantiating Execute", file(page,
                                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n"), "templates/pages/404.ftlh:1:1: Instantiating freemarker.template.utility.Execute is not allowed in the template "
                                + "for security reasons." + WHILE),
                error("template instantiating ObjectConstructor", file(page,
                                "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.lang.ProcessBuilder\", \"id\")}\n"),
                        "templates/pages/404.ftlh:1:1: Instantiating freemarker.template.utility.ObjectConstructor is not allowed in "
                                + "the template for security reasons." + WHILE),
                error("template calling a Java method of the model", file(page, "${site.hashCode()}\n"),
                        "templates/pages/404.ftlh:1:3: The following has evaluated to null or missing: site.hashCode" + WHILE),
                error("template using ?api", file(page, "${site?api.getClass().getName()}\n"), "templates/pages/404.ftlh:1:3: Can't use ?api, because the \"api_builtin_enabled\" configuration setting is "
                                + "false. Think twice before you set it to true though. Especially, it shouldn't abused for modifying Map-s and "
                                + "Collection-s." + WHILE),
                error("template including a file outside the theme", file(page, "<#include \"/../../../../etc/passwd\">\n"), "templates/pages/404.ftlh:1:1: Template inclusion failed (for parameter value \"/../../../../etc/passwd\"):" + WHILE),
                error("template including an absolute file", file(page, "<#include \"file:///etc/passwd\">\n"), "templates/pages/404.ftlh:1:1: Template inclusion failed (for parameter value \"file:///etc/passwd\"):" + WHILE),
                error("symlinked template leading outside", link(page, "evil.ftlh",
                                "<h1>from outside</h1>\n".getBytes(StandardCharsets.UTF_8)), "templates/pages/404.ftlh: symbolic link leads outside templates/" + WHILE),
                error("symlinked theme asset leading outside", link("templates/assets/css/secret.css", "secret.css",
                                "body{}".getBytes(StandardCharsets.UTF_8)), "templates/assets/css/secret.css: " + LINK));
    }

    static List<Arguments> settings() {
        String yaml = "content/site.yaml";
        return List.of(
                error("baseUrl javascript:", replaceIn(yaml, "\"https://example.org/news/\"", "\"javascript:alert(1)//\""),
                        "content/site.yaml:3:10: baseUrl 'javascript:alert(1)//' is not an absolute http(s) URL\n"
                                + "    hint: write the address readers use, e.g. baseUrl: \"https://news.example.org/\""),
                error("unknown timeZone", replaceIn(yaml, "Europe/Copenhagen", "Mars/Olympus"),
                        "content/site.yaml:6:11: unknown time zone 'Mars/Olympus'\n    hint: use an IANA name such as Europe/Copenhagen"),
                error("permalink with ..", siteYaml("permalink: /../{slug}/\n"), "content/site.yaml:11:12: permalink '/../{slug}/' is not a valid pattern\n"
                                + "    hint: start and end with /, include {slug}; placeholders: {section} {yyyy} {MM} {dd} {slug}"),
                error("pageSize 0", replaceIn(yaml, "pageSize: 2", "pageSize: 0"), "content/site.yaml:7:11: 'pageSize' must be a whole number from 1 to 500, found '0'"),
                error("rawHtml mode unknown", siteYaml("markdown:\n  rawHtml: allow\n"), "content/site.yaml:12:12: 'rawHtml' must be escape or sanitize, found 'allow'\n"
                                + "    hint: escape shows HTML as text (the default); sanitize keeps only the allow-listed elements"),
                error("author link javascript:", replaceIn("content/authors/anna-berg.yaml",
                                "\"https://social.example.org/@annaberg\"", "\"javascript:alert(1)\""), "content/authors/anna-berg.yaml:8:10: link 'javascript:alert(1)' must be an http(s) or mailto address, "
                                + "or a site path starting with /"),
                error("author link with a backslash", replaceIn("content/authors/anna-berg.yaml",
                                "\"https://social.example.org/@annaberg\"", "\"/\\\\evil.example\""), "content/authors/anna-berg.yaml:8:10: link '/\\evil.example' must be an http(s) or mailto address, "
                                + "or a site path starting with /"));
    }

    static List<Arguments> outputFolders() {
        Change none = (root, dir) -> { };
        return List.of(
                output("output folder is the project", none, "{dir}/newsroom",
                        "refusing to write the site into {dir}/newsroom: it contains the project itself" + OUT_HINT),
                output("output folder is content/", none, "{dir}/newsroom/content",
                        "refusing to write the site into {dir}/newsroom/content: it is inside content/, where the editors' files are" + OUT_HINT),
                output("output folder is templates/", file("templates/pages/404.ftlh", "<h1>x</h1>"), "{dir}/newsroom/templates",
                        "refusing to write the site into {dir}/newsroom/templates: it is inside templates/" + OUT_HINT),
                output("output folder is the home folder", none, "{home}",
                        "refusing to write the site into {home}: it is your home folder" + OUT_HINT),
                output("output folder is the file-system root", none, "/",
                        "refusing to write the site into /: it is the root of the file system" + OUT_HINT),
                output("output folder is a non-empty folder Gazette did not make", file("../outside/notes.txt", "mine"), "{dir}/outside",
                        "refusing to write the site into {dir}/outside: it is not empty and was not made by Gazette "
                                + "(no .gazette-output file in it)" + OUT_HINT));
    }
}
