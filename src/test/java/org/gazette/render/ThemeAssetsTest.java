package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.build.BuildOptions;
import org.gazette.build.SiteBuild;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme files are published under content-hashed names, minified in production builds. */
class ThemeAssetsTest {
    @TempDir
    Path dir;

    @Test
    void cssIsMinifiedAndFingerprintedAndPagesLinkIt() throws Exception {
        Path site = dir.resolve("site");
        Builds.build(Newsrooms.basic(), site);
        String href = Builds.page(site, "index.html").selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/news/assets/css/gazette\\.[0-9a-f]{8}\\.css"), href);
        String css = Files.readString(site.resolve(href.substring("/news/".length())));
        String source = Files.readString(Builds.repo().resolve("templates/assets/css/gazette.css"));
        assertTrue(css.length() < source.length() * 0.9, css.length() + " of " + source.length());
        assertTrue(!css.contains("/*") && css.contains("font-family:var(--sans)"), css.substring(0, 200));
        String hash = href.replaceAll(".*\\.([0-9a-f]{8})\\.css", "$1");
        assertEquals(hash, sha256(css.getBytes(StandardCharsets.UTF_8)).substring(0, 8), "the name carries the hash of the bytes");
    }

    @Test
    void aDevelopmentBuildKeepsTheThemeFilesAsWritten() throws Exception {
        Path site = dir.resolve("site");
        new SiteBuild().run(new BuildOptions(Newsrooms.basic(), site, Newsrooms.NOW).withMinify(false));
        String href = Builds.page(site, "index.html").selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/news/assets/css/gazette\\.[0-9a-f]{8}\\.css"), href);
        assertArrayEquals(Files.readAllBytes(Builds.repo().resolve("templates/assets/css/gazette.css")),
                Files.readAllBytes(site.resolve(href.substring("/news/".length()))));
    }

    @Test
    void cssMinifierKeepsStringsAndMeaningfulSpaces() {
        assertEquals("a :hover,b>c{content:\"  a  /* b */ \";margin:0 auto}\n",
                Minifier.css("/* x */ a :hover ,\n b>c {\n  content: \"  a  /* b */ \";\n  margin: 0  auto;\n}\n"));
        assertEquals("@media (min-width:40rem){.x{width:calc(100% - 2rem)}}\n",
                Minifier.css("@media (min-width: 40rem) {\n  .x { width: calc(100% - 2rem); }\n}\n"));
    }

    @Test
    void jsMinifierOnlyDropsIndentationAndCommentLines() {
        assertEquals("var a = \"  x  \";\nif (a) { go(); }\n", Minifier.js("  // note\n  var a = \"  x  \";\n\n    if (a) { go(); }\n"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
