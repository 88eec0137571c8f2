package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content fingerprint covers content/ and templates/, however it is made. */
class ContentFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void theLoadersHashesGiveTheFingerprintOfTheFiles() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        Newsrooms.write(root, "templates/partials/extra.ftlh", "<p>extra</p>");
        String fromFiles = ContentFingerprint.of(root);

        Map<String, byte[]> hashes = new ConcurrentHashMap<>();
        try (BodyStore bodies = BodyStore.onDisk()) {
            new ContentLoader(true).load(root, Newsrooms.NOW, bodies, hashes);
        }
        assertEquals(articleFiles(root), new TreeMap<>(hashes).keySet().stream().toList(), "every article file read");
        assertEquals(fromFiles, ContentFingerprint.of(root, hashes));

        // The hashes given are the ones used: a wrong one changes the fingerprint.
        Map<String, byte[]> wrong = new TreeMap<>(hashes);
        wrong.put(articleFiles(root).get(0), new byte[32]);
        assertNotEquals(fromFiles, ContentFingerprint.of(root, wrong));
    }

    @Test
    void changesWithAnyFileUnderContentOrTemplatesOnly() {
        Path root = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        String before = ContentFingerprint.of(root);
        Newsrooms.write(root, "notes.txt", "not an input of the content");
        assertEquals(before, ContentFingerprint.of(root));
        for (String file : List.of("content/articles/2023/01/city-budget-agreed.md", "content/images/new.png",
                "templates/article.ftlh")) {
            String earlier = ContentFingerprint.of(root);
            Newsrooms.write(root, file, "changed");
            assertNotEquals(earlier, ContentFingerprint.of(root), file);
        }
        assertTrue(ContentFingerprint.isCurrentForm(ContentFingerprint.of(root)));
    }

    @Test
    void aFilesHashIsItsLengthAndItsTwoCrcs() {
        // The check values of CRC-32 and CRC-32C for "123456789" (the CRC catalogue's test string).
        assertEquals("0000000000000009" + "cbf43926" + "e3069283",
                HexFormat.of().formatHex(ContentFingerprint.hash("123456789".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aLargeFileReadInPiecesHashesAsItsBytes() throws IOException {
        // Files the loader did not read are hashed from the disk in 64 KB pieces: the same value.
        Path root = Newsrooms.copyOfBasic(dir.resolve("newsroom"));
        byte[] picture = new byte[200_000];
        new Random(7).nextBytes(picture);
        Files.createDirectories(root.resolve("content/images"));
        Files.write(root.resolve("content/images/large.png"), picture);
        String fromFiles = ContentFingerprint.of(root);
        assertEquals(fromFiles, ContentFingerprint.of(root, Map.of("content/images/large.png", ContentFingerprint.hash(picture))));
        picture[150_000] ^= 1;
        assertNotEquals(fromFiles, ContentFingerprint.of(root, Map.of("content/images/large.png", ContentFingerprint.hash(picture))));
    }

    private static List<String> articleFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content/articles"))) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void codeRunFromAFolderCountsItsThemeToo() throws IOException, java.net.URISyntaxException {
        Path classes = Path.of(ContentFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path template = classes.resolve("gazette/theme/layouts/base.ftlh");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(template), "run from a classes folder");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(template);
        String before = code();
        try {
            Files.setLastModifiedTime(template, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 2000));
            assertNotEquals(before, code(), "a changed theme template is changed code");
        } finally {
            Files.setLastModifiedTime(template, time);
        }
        assertEquals(before, code());
    }

    private static String code() throws IOException {
        java.security.MessageDigest digest = ContentFingerprint.sha256();
        ContentFingerprint.codeVersion(digest);
        return HexFormat.of().formatHex(digest.digest());
    }
}
