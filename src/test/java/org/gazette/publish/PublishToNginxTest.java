package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a newsroom publishes: the demo site built with precompression, uploaded by the
 * README's Maven route ({@code mvn verify -Dgazette.deploy.url=dav:…}, i.e. site:deploy plus
 * {@code gazette prune}) to a real nginx that serves it with the shipped configuration, then read
 * over HTTP; then an article is deleted, the site rebuilt and published again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishToNginxTest {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @BeforeAll
    void skipOnlyWhenAsked() {
        assumeFalse("false".equalsIgnoreCase(System.getProperty("gazette.nginxTests")),
                "publishing tests switched off with -Dgazette.nginxTests=false");
        Nginx.binary(); // fails, saying what to install, when nginx is missing
    }

    @Test
    void publishesTheDemoThroughMavenToNginxAndRemovesADeletedArticleOnTheNextPublish() throws Exception {
        DemoNewsroom newsroom = DemoNewsroom.copy(temp.resolve("newsroom"));
        MavenRoute maven = MavenRoute.create(temp.resolve("project"), Nginx.USER, Nginx.PASSWORD);
        newsroom.build(maven.site());
        Path www = temp.resolve("www");
        try (Nginx nginx = Nginx.start(temp.resolve("nginx"), www)) {
            String first = maven.publish(nginx.davUrl(), true);
            assertTrue(first.contains("maven-site-plugin") && first.contains(":deploy"), first);
            assertTrue(first.contains("prune: no stale files"), first);
            assertTrue(Files.isRegularFile(www.resolve(Prune.LEDGER)), "the ledger is on the server");

            servesTheSiteWithTheShippedConfiguration(nginx, maven.site());
            assertEquals(200, get(nginx.url(DemoNewsroom.DELETED_URL)).statusCode());

            newsroom.delete(DemoNewsroom.DELETED);
            newsroom.build(maven.site());
            String second = maven.publish(nginx.davUrl(), true);
            assertTrue(second.contains("prune: removed"), second);
            assertTrue(second.contains("politics/2023/11/08/harbour-cycling-bridge-delayed-again/index.html"), second);
            HttpResponse<byte[]> gone = get(nginx.url(DemoNewsroom.DELETED_URL));
            assertEquals(404, gone.statusCode(), "the deleted article is gone from the server");
            assertTrue(text(gone).contains("<title>"), "with the site's 404 page");
            assertFalse(Files.exists(www.resolve(DemoNewsroom.DELETED_URL.substring(1))), "its folder is removed too");
            assertEquals(200, get(nginx.url(DemoNewsroom.SEED_URL)).statusCode(), "everything else stays");
            assertEquals(Prune.files(maven.site()), Prune.files(www), "the server holds exactly the new site");
        }
    }

    @Test
    void aFailedUploadNamesTheFailingFileAndTheNextPublishStillKnowsWhatToRemove() throws Exception {
        MavenRoute maven = MavenRoute.create(temp.resolve("refused"), Nginx.USER, Nginx.PASSWORD);
        Files.createDirectories(maven.site());
        Files.writeString(maven.site().resolve("index.html"), "<!doctype html><title>front</title>");
        Files.writeString(maven.site().resolve(Nginx.REFUSED), "<!doctype html><title>refused</title>");
        Path www = temp.resolve("www-refused");
        try (Nginx nginx = Nginx.start(temp.resolve("nginx-refused"), www)) {
            String output = maven.publish(nginx.davUrl(), false);
            assertTrue(output.contains("Error uploading site") && output.contains(Nginx.REFUSED), output);
            assertFalse(output.contains("publish-finish"), "nothing is removed after a failed upload:\n" + output);
            assertTrue(Files.readString(www.resolve(Prune.LEDGER)).contains(Nginx.REFUSED + "\n"),
                    "the ledger already names every file the upload may have left");
        }
    }

    private void servesTheSiteWithTheShippedConfiguration(Nginx nginx, Path site) throws Exception {
        HttpResponse<byte[]> front = get(nginx.url("/"));
        assertEquals(200, front.statusCode());
        assertEquals("text/html; charset=utf-8", header(front, "Content-Type"));
        assertEquals("public, max-age=300, must-revalidate", header(front, "Cache-Control"));
        assertArrayEquals(Files.readAllBytes(site.resolve("index.html")), front.body());
        securityHeaders(front);
        pagesNeedNothingTheContentSecurityPolicyForbids(site);

        HttpResponse<byte[]> seed = get(nginx.url(DemoNewsroom.SEED_URL));
        assertEquals(200, seed.statusCode());
        Document article = Jsoup.parse(text(seed), nginx.url(DemoNewsroom.SEED_URL));
        assertEquals("Putins first time since March", article.selectFirst("h1").text());

        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create(nginx.url(DemoNewsroom.SEED_URL)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertTrue(header(gzipped, "Vary").contains("Accept-Encoding"));
        assertArrayEquals(Files.readAllBytes(site.resolve(DemoNewsroom.SEED_URL.substring(1) + "index.html.gz")), gzipped.body(),
                "nginx sends the precompressed file (gzip_static), not its own compression");
        assertArrayEquals(seed.body(), new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());

        HttpResponse<byte[]> feed = get(nginx.url("/feed.xml"));
        assertEquals(200, feed.statusCode());
        assertEquals("application/rss+xml; charset=utf-8", header(feed, "Content-Type"));
        assertTrue(text(feed).contains("<rss"));
        assertEquals("application/atom+xml; charset=utf-8", header(get(nginx.url("/atom.xml")), "Content-Type"));
        assertEquals("application/feed+json; charset=utf-8", header(get(nginx.url("/feed.json")), "Content-Type"));

        HttpResponse<byte[]> trending = get(nginx.url("/data/trending.json"));
        assertEquals(200, trending.statusCode());
        assertEquals("public, max-age=60, must-revalidate", header(trending, "Cache-Control"));

        String css = article.selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<byte[]> stylesheet = get(nginx.url(css));
        assertEquals(200, stylesheet.statusCode());
        assertEquals("text/css; charset=utf-8", header(stylesheet, "Content-Type"));
        assertEquals(css.matches(".*\\.[0-9a-f]{8}\\.css") ? IMMUTABLE : "public, max-age=3600", header(stylesheet, "Cache-Control"));

        String image = article.select("img[src$=.png]").first().attr("src");
        HttpResponse<byte[]> picture = get(nginx.url(image));
        assertEquals(200, picture.statusCode());
        assertEquals("image/png", header(picture, "Content-Type"));
        assertArrayEquals(Files.readAllBytes(site.resolve(image.substring(1))), picture.body());
        assertEquals(image.matches(".*-[0-9a-f]{8}(-[0-9]+(x[0-9]+)?)?\\.png") ? IMMUTABLE : "public, max-age=3600",
                header(picture, "Cache-Control"));

        HttpResponse<byte[]> missing = get(nginx.url("/world/no-such-story/"));
        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", header(missing, "Content-Type"));
        assertArrayEquals(Files.readAllBytes(site.resolve("404.html")), missing.body(), "the site's own 404 page");
        securityHeaders(missing);

        assertEquals(404, get(nginx.url("/" + Prune.LEDGER)).statusCode(), "Gazette's bookkeeping stays private");
        assertEquals(404, get(nginx.url("/.gazette-output")).statusCode());
    }

    /** The CSP holds for the theme: no inline script (JSON-LD data blocks are not scripts), no inline style. */
    private static void pagesNeedNothingTheContentSecurityPolicyForbids(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String where = site.relativize(page).toString();
            assertTrue(doc.select("[style], style").isEmpty(), "inline style in " + where);
            for (Element script : doc.select("script")) {
                assertTrue(script.hasAttr("src") || script.attr("type").equals("application/ld+json"),
                        "inline script in " + where + ": " + script);
            }
            assertTrue(doc.select("[onload], [onclick], [onerror], a[href^=javascript:]").isEmpty(), "inline handler in " + where);
        }
    }

    private static void securityHeaders(HttpResponse<?> response) {
        String csp = header(response, "Content-Security-Policy");
        assertNotNull(csp, "Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'") && csp.contains("default-src 'self'"), csp);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"));
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
