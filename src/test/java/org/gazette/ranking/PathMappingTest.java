package org.gazette.ranking;

import static org.gazette.ranking.Logs.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathMappingTest {
    private static final String CAFE = "culture/2024/06/30/café-society/";
    private static final Map<String, ArticleRef> ARTICLES = Logs.articles(
            new ArticleRef("world/2024/06/30/a/", List.of("world/2024/06/30/old-slug/"), Instant.parse("2024-06-30T06:00:00Z"), null, false),
            ArticleRef.of(CAFE, Instant.parse("2024-06-30T06:00:00Z")));

    @TempDir
    Path dir;

    @Test
    void mapsQueryFragmentSlashIndexHtmlAndAliasesToTheArticle() throws Exception {
        String[] targets = {"/world/2024/06/30/a/", "/world/2024/06/30/a/?utm_source=x", "/world/2024/06/30/a/#comments",
            "/world/2024/06/30/a", "/world/2024/06/30/a/index.html", "/world/2024/06/30/%61/", "/world/2024/06/30/old-slug/",
            "https://example.org/world/2024/06/30/a/"};
        Logs logs = new Logs();
        for (int i = 0; i < targets.length; i++) {
            logs.view("192.0.2." + i, 5, targets[i]);
        }
        logs.write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", ARTICLES);
        assertEquals(targets.length, Logs.last24h(d, "world/2024/06/30/a/"));
    }

    @Test
    void decodesPercentEncodedUtf8AndKeepsCase() throws Exception {
        new Logs().view("192.0.2.1", 5, "/culture/2024/06/30/caf%C3%A9-society/")
                .view("192.0.2.2", 5, "/culture/2024/06/30/CAF%C3%89-society/")
                .write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", ARTICLES);
        assertEquals(1, Logs.last24h(d, CAFE));
        assertEquals(1, d.stats().notArticles());
    }

    @Test
    void stripsTheBasePathAndIgnoresPathsOutsideIt() throws Exception {
        new Logs().view("192.0.2.1", 5, "/news/world/2024/06/30/a/").view("192.0.2.2", 5, "/world/2024/06/30/a/")
                .view("192.0.2.3", 5, "/news").write(dir.resolve("access.log"));
        ReadershipData d = new ReadershipLoader("/news/").load(dir, List.of("access.log"), ARTICLES, NOW, RankingSettings.defaults());
        assertEquals(1, Logs.last24h(d, "world/2024/06/30/a/"));
        assertEquals(2, d.stats().notArticles());
    }

    @Test
    void countsHostilePathsAsBadLines() throws Exception {
        new Logs().view("192.0.2.1", 5, "/world/2024/06/30/a/../../../etc/passwd").view("192.0.2.1", 5, "/world/%00/a/")
                .view("192.0.2.1", 5, "/world/%zz/").view("192.0.2.1", 5, "/world/%FF%FE/").view("192.0.2.1", 5, "/a\\b")
                .view("192.0.2.1", 5, "/world/2024/06/30/a/").write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", ARTICLES, RankingSettings.defaults().toBuilder().maxBadRatio(1).build());
        assertEquals(5, d.stats().bad());
        assertEquals("access.log:1: malformed or hostile request path", d.stats().firstBadLines().get(0));
        assertEquals(1, Logs.last24h(d, "world/2024/06/30/a/"));
    }

    @Test
    void normalisesRequestTargets() {
        RequestPaths p = new RequestPaths("/");
        assertEquals("world/a", norm(p, "/world/a/index.html?x=1#y"));
        assertEquals("world/a", norm(p, "/world/a//"));
        assertEquals(null, norm(p, "/"));
        assertEquals(null, norm(p, "/index.html"));
        assertEquals("hostile", norm(p, "*"));
        assertEquals("a/b", norm(new RequestPaths("news"), "/news/a/b/"));
    }

    private static String norm(RequestPaths p, String target) {
        byte[] in = target.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = p.normalize(in, 0, in.length, out);
        return n == RequestPaths.HOSTILE ? "hostile" : n < 0 ? null : new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
