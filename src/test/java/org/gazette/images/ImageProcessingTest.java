package org.gazette.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gazette.build.BuildReport;
import org.gazette.content.ContentError;
import org.gazette.content.ContentException;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures are resized, cropped, hash-named and cached at build time; broken ones are content errors. */
class ImageProcessingTest {
    static final String ARTICLE = "world/2023/10/13/harbour-bridge-opens/index.html";

    @TempDir
    Path dir;

    /** A 2000×1000 photo-like picture (gradients), written as {@code format}. */
    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x += 10) {
            g.setColor(new Color((x * 255 / width), 120, 255 - (x * 255 / width)));
            g.fillRect(x, 0, 10, height);
        }
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    Path newsroomWithHero(String file, byte[] bytes) {
        Path root = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Newsrooms.write(root, "content/images/" + file, bytes);
        Path article = root.resolve("content/articles/2023/10/harbour-bridge-opens.md");
        Newsrooms.write(root, "content/articles/2023/10/harbour-bridge-opens.md",
                Builds.read(article).replace("/images/harbour-bridge.png", "/images/" + file));
        return root;
    }

    static int[] size(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        return new int[] {image.getWidth(), image.getHeight()};
    }

    static List<String> names(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void heroGetsEveryConfiguredWidthAndTheCropsUnderHashedNames() throws IOException {
        Path root = newsroomWithHero("big.jpg", picture("jpg", 2000, 1000));
        Path site = dir.resolve("site");
        Builds.build(root, site);
        Element hero = Builds.page(site, ARTICLE).selectFirst("img.hero__img");
        String hash = hero.attr("src").replaceAll(".*/big-([0-9a-f]{8})-1200\\.jpg$", "$1");
        assertTrue(hash.matches("[0-9a-f]{8}"), hero.attr("src"));
        assertEquals("/news/images/big-" + hash + "-480.jpg 480w, /news/images/big-" + hash + "-800.jpg 800w, "
                + "/news/images/big-" + hash + "-1200.jpg 1200w, /news/images/big-" + hash + "-1600.jpg 1600w", hero.attr("srcset"));
        assertEquals("2000", hero.attr("width"));
        assertEquals("1000", hero.attr("height"));
        assertEquals("eager", hero.attr("loading"));
        assertEquals("high", hero.attr("fetchpriority"));
        assertFalse(hero.attr("sizes").isBlank());
        Path images = site.resolve("images");
        assertArrayEquals(new int[] {800, 400}, size(images.resolve("big-" + hash + "-800.jpg")));
        assertArrayEquals(new int[] {1200, 630}, size(images.resolve("big-" + hash + "-1200x630.jpg")));
        assertArrayEquals(new int[] {1200, 675}, size(images.resolve("big-" + hash + "-16x9.jpg")));
        assertArrayEquals(new int[] {1200, 900}, size(images.resolve("big-" + hash + "-4x3.jpg")));
        assertArrayEquals(new int[] {1000, 1000}, size(images.resolve("big-" + hash + "-1x1.jpg")), "never upscaled");
    }

    @Test
    void smallPicturesAreNeverUpscaled() throws IOException {
        Path root = newsroomWithHero("small.png", picture("png", 1000, 500));
        Path site = dir.resolve("site");
        Builds.build(root, site);
        List<String> widths = names(site.resolve("images"), "small-").stream()
                .filter(n -> n.matches("small-[0-9a-f]{8}-[0-9]+\\.png")).map(n -> n.replaceAll(".*-([0-9]+)\\.png", "$1")).toList();
        assertEquals(List.of("1000", "480", "800"), widths);
        String src = Builds.page(site, ARTICLE).selectFirst("img.hero__img").attr("src");
        assertTrue(src.endsWith("-1000.png"), "the largest file up to 1200 px: " + src);
        // The full-size file is the source itself, byte for byte.
        String name = src.substring(src.lastIndexOf('/') + 1);
        assertArrayEquals(Files.readAllBytes(root.resolve("content/images/small.png")),
                Files.readAllBytes(site.resolve("images/" + name)));
    }

    @Test
    void widthsAndQualityComeFromSiteYaml() throws IOException {
        Path root = newsroomWithHero("big.jpg", picture("jpg", 2000, 1000));
        Path yaml = root.resolve("content/site.yaml");
        Newsrooms.write(root, "content/site.yaml", Builds.read(yaml) + "images:\n  widths: [300, 600]\n  quality: 0.5\n");
        Path site = dir.resolve("site");
        Builds.build(root, site);
        String srcset = Builds.page(site, ARTICLE).selectFirst("img.hero__img").attr("srcset");
        assertTrue(srcset.matches("/news/images/big-[0-9a-f]{8}-300\\.jpg 300w, /news/images/big-[0-9a-f]{8}-600\\.jpg 600w"), srcset);
    }

    @Test
    void unchangedPicturesComeFromTheCacheWithTheSameBytes() throws IOException {
        Path root = newsroomWithHero("big.jpg", picture("jpg", 2000, 1000));
        Path first = dir.resolve("first");
        BuildReport cold = Builds.build(root, first);
        assertTrue(cold.stages().keySet().stream().anyMatch(s -> s.matches(
                "process images \\([1-9][0-9]* processed, [0-9]+ from cache; [0-9.]+ s beside rank, plan and render\\)")),
                cold.stages().keySet().toString());
        Path second = dir.resolve("second");
        BuildReport warm = Builds.build(root, second);
        assertTrue(warm.stages().keySet().stream().anyMatch(s -> s.matches(
                "process images \\(0 processed, [1-9][0-9]* from cache; [0-9.]+ s beside rank, plan and render\\)")),
                warm.stages().keySet().toString());
        // Processing is deterministic: without the cache, the same bytes come out again.
        deleteTree(root.resolve(".gazette-cache"));
        Path third = dir.resolve("third");
        Builds.build(root, third);
        for (String name : names(first.resolve("images"), "big-")) {
            assertArrayEquals(Files.readAllBytes(first.resolve("images/" + name)), Files.readAllBytes(third.resolve("images/" + name)), name);
        }
        assertEquals(names(first.resolve("images"), "big-"), names(third.resolve("images"), "big-"));
    }

    @Test
    void aChangedPictureGetsNewNames() throws IOException {
        Path root = newsroomWithHero("big.jpg", picture("jpg", 2000, 1000));
        Path first = dir.resolve("first");
        Builds.build(root, first);
        Newsrooms.write(root, "content/images/big.jpg", picture("jpg", 1800, 1000));
        Path second = dir.resolve("second");
        Builds.build(root, second);
        String before = Builds.page(first, ARTICLE).selectFirst("img.hero__img").attr("src");
        String after = Builds.page(second, ARTICLE).selectFirst("img.hero__img").attr("src");
        assertFalse(before.equals(after), before);
    }

    @Test
    void inlinePicturesGetSrcsetAndLoadLazily() {
        Path site = dir.resolve("site");
        Builds.build(Newsrooms.basic(), site);
        Document page = Builds.page(site, "culture/2023/10/20/jazz-festival-review/index.html");
        Element img = page.selectFirst(".prose img");
        assertTrue(img.attr("src").matches("/news/articles/2023/10/festival-crowd-[0-9a-f]{8}-64\\.png"), img.attr("src"));
        assertTrue(img.attr("srcset").matches("/news/articles/2023/10/festival-crowd-[0-9a-f]{8}-64\\.png 64w"), img.attr("srcset"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("64", img.attr("width"));
        // SVG is published as it is, under a hashed name, without srcset.
        Element svg = Builds.page(site, "world/2024/05/14/where-the-city-warms-fastest/index.html").selectFirst(".prose img");
        assertTrue(svg.attr("src").matches("/news/images/city-heat-[0-9a-f]{8}\\.svg"), svg.attr("src"));
        assertFalse(svg.hasAttr("srcset"));
    }

    @Test
    void aPictureThatCannotBeDecodedIsAContentError() throws IOException {
        byte[] good = picture("png", 400, 200);
        byte[] cut = java.util.Arrays.copyOf(good, 200); // the header survives, the pixels do not
        Path root = newsroomWithHero("cut.png", cut);
        Path site = dir.resolve("site");
        ContentException e = assertThrows(ContentException.class, () -> Builds.build(root, site));
        List<String> errors = e.errors().stream().map(ContentError::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/images/cut.png: picture cannot be decoded"), errors.get(0));
        assertFalse(Files.exists(site), "nothing was written");
    }

    @Test
    void aPictureThatCannotBeDecodedIsReportedRatherThanATemplateErrorOfTheSameBuild() throws IOException {
        byte[] cut = java.util.Arrays.copyOf(picture("png", 400, 200), 200);
        Path root = newsroomWithHero("cut.png", cut);
        Newsrooms.write(root, "templates/pages/tag.ftlh", "<h1>${tag.nope}</h1>\n");
        Path site = dir.resolve("site");
        // Pictures are processed beside rendering, which stops once they have failed, or fails on its own
        // first: either way the content error is the one the editor sees (PictureJobTest pins the order).
        ContentException e = assertThrows(ContentException.class, () -> Builds.build(root, site));
        assertTrue(e.errors().get(0).format().startsWith("content/images/cut.png: picture cannot be decoded"), e.getMessage());
        for (Throwable other : e.getSuppressed()) {
            assertTrue(other.getMessage().contains("tag.nope"), "only the template error travels with it: " + other);
        }
        assertFalse(Files.exists(site), "nothing was written");
    }

    @Test
    void aBuildStoppedByATemplateErrorEndsOnlyOnceItsPicturesAreDone() throws IOException {
        Path root = newsroomWithHero("big.jpg", picture("jpg", 3000, 1500));
        Path template = root.resolve("templates/pages/article.ftlh");
        Newsrooms.write(root, "templates/pages/article.ftlh", "<h1>${article.nope}</h1>\n");
        assertThrows(org.gazette.render.TemplateEngine.RenderException.class, () -> Builds.build(root, dir.resolve("site")));
        // The first page fails at once, while the pictures are still being made: they are all in the cache
        // when the build returns, and no file is added after.
        List<String> cached = names(root.resolve(".gazette-cache/images"), "");
        Files.delete(template);
        BuildReport fixed = Builds.build(root, dir.resolve("site"));
        assertTrue(fixed.stages().keySet().stream().anyMatch(s -> s.startsWith("process images (0 processed, ")),
                fixed.stages().keySet().toString());
        assertEquals(cached, names(root.resolve(".gazette-cache/images"), ""));
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
