package org.gazette.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP, with real file changes in a temporary newsroom. */
class PreviewServerTest {
    private static final String ARTICLE = "content/articles/2023/10/harbour-bridge-opens.md";
    private static final String ARTICLE_URL = "/news/world/2023/10/13/harbour-bridge-opens/";
    /** The basic newsroom's article dated after its clock ({@link Newsrooms#NOW}). */
    private static final String SCHEDULED_URL = "/news/culture/2024/07/05/summer-festival-preview/";

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter log = new StringWriter();
    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path start(boolean drafts, boolean future) throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        server = PreviewServer.start(new ServeOptions(root, Newsrooms.NOW, null, drafts, future, "127.0.0.1", 0),
                new PrintWriter(log, true));
        return root;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private EventStream events() throws InterruptedException {
        EventStream events = new EventStream(client, URI.create("http://127.0.0.1:" + server.port() + "/__gazette/events"));
        assertEquals("hello", events.next(10), "the event stream greets each page");
        return events;
    }

    @Test
    void servesTheSiteFromMemoryWithTheReloadScriptAndNeverWritesTheOutputFolder() throws Exception {
        Path root = start(false, false);
        HttpResponse<String> front = get("/news/");
        assertEquals(200, front.statusCode());
        assertTrue(front.body().contains("The Harbour Herald"), front.body());
        assertTrue(front.body().contains("<script src=\"/__gazette/reload.js\"></script></body>"), "script before </body>");
        assertEquals(200, get(ARTICLE_URL).statusCode());
        assertEquals(200, get("/news/images/harbour-bridge.png").statusCode());
        assertEquals(200, get("/news/feed.xml").statusCode());
        assertEquals(200, get("/__gazette/reload.js").statusCode());
        HttpResponse<String> missing = get("/news/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("__gazette/reload.js"));
        assertEquals(404, get("/news/../content/site.yaml").statusCode());
        assertFalse(Files.exists(root.resolve("site")), "serve never writes the output folder");
    }

    @Test
    void reloadsOpenPagesWhenAnArticleIsSavedAndServesTheNewText() throws Exception {
        Path root = start(false, false);
        EventStream events = events();
        Path file = root.resolve(ARTICLE);
        String text = Files.readString(file).replace("Harbour bridge opens after two years of delays",
                "Harbour bridge finally opens");
        // Save as editors do: a temporary file renamed over the article.
        Path temp = file.resolveSibling(".harbour-bridge-opens.md.swp");
        Files.writeString(temp, text);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        assertTrue(events.await("reload", 20), "a reload event after the save; log:\n" + log);
        String page = get(ARTICLE_URL).body();
        assertTrue(page.contains("Harbour bridge finally opens"), page);
        assertTrue(get("/news/world/").body().contains("Harbour bridge finally opens"), "the section listing too");
        assertTrue(get("/news/feed.xml").body().contains("Harbour bridge finally opens"), "and the feeds");
    }

    @Test
    void showsAnOverlayWithTheProblemAndItsSourceLineUntilTheFileIsFixed() throws Exception {
        Path root = start(false, false);
        EventStream events = events();
        Path file = root.resolve(ARTICLE);
        String good = Files.readString(file);
        Files.writeString(file, good.replace("date: 2023-10-12T23:30:00Z", "date: yesterday"));

        assertTrue(events.await("reload", 20), "the broken save reloads the page too; log:\n" + log);
        HttpResponse<String> page = get(ARTICLE_URL);
        assertEquals(200, page.statusCode(), "the last good page is still served");
        assertTrue(page.body().contains("Harbour bridge opens after two years of delays"));
        assertTrue(page.body().contains("id=\"gazette-overlay\""), page.body());
        assertTrue(page.body().contains(ARTICLE + ":3:7"), page.body());
        assertTrue(page.body().contains("&#39;date&#39; is not a date: &#39;yesterday&#39;"), page.body());
        assertTrue(page.body().contains("   3 | date: yesterday"), "the offending source line");
        String status = get("/__gazette/status").body();
        assertTrue(status.contains("\"ok\" : false") && status.contains("\"line\" : 3"), status);

        Files.writeString(file, good);
        assertTrue(events.await("reload", 20), "fixing the file reloads; log:\n" + log);
        assertFalse(get(ARTICLE_URL).body().contains("gazette-overlay"));
        assertTrue(get("/__gazette/status").body().contains("\"ok\" : true"));
    }

    @Test
    void showsATemplateErrorWithItsPlaceAndRecovers() throws Exception {
        Path root = start(false, false);
        EventStream events = events();
        Path template = root.resolve("templates/pages/tag.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#import \"/layouts/base.ftlh\" as layout>\n<@layout.page>\n${tag.nope}\n</@layout.page>\n");

        assertTrue(events.await("reload", 20), "log:\n" + log);
        String page = get("/news/").body();
        assertTrue(page.contains("templates/pages/tag.ftlh:3:3"), page);
        assertTrue(page.contains("${tag.nope}"), "the template line is shown");

        Files.delete(template);
        assertTrue(events.await("reload", 20), "log:\n" + log);
        assertFalse(get("/news/").body().contains("gazette-overlay"));
    }

    @Test
    void showsDraftsAndScheduledArticlesWithABannerOnlyWhenAsked() throws Exception {
        start(true, true);
        String draft = get("/news/politics/2024/06/20/metro-strike-draft/").body();
        assertTrue(draft.contains("class=\"preview-banner\""), draft);
        assertTrue(draft.contains("Draft: not published"));

        HttpResponse<String> scheduled = get(SCHEDULED_URL);
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertTrue(scheduled.body().contains("Summer festival: ten concerts not to miss"), scheduled.body());
        assertTrue(scheduled.body().contains("class=\"preview-banner\""), scheduled.body());
        assertTrue(scheduled.body().contains("Scheduled: published "), scheduled.body());
        assertFalse(scheduled.body().contains("Draft: not published"), scheduled.body());
    }

    @Test
    void leavesDraftsOutByDefault() throws Exception {
        start(false, false);
        assertEquals(404, get("/news/politics/2024/06/20/metro-strike-draft/").statusCode());
        assertEquals(404, get(SCHEDULED_URL).statusCode());
    }

    @Test
    void ignoresEditorTemporaryFiles() {
        assertTrue(SourceWatcher.ignored(".article.md.swp"));
        assertTrue(SourceWatcher.ignored("article.md~"));
        assertTrue(SourceWatcher.ignored("#article.md#"));
        assertTrue(SourceWatcher.ignored("4913"));
        assertFalse(SourceWatcher.ignored("article.md"));
    }
}
