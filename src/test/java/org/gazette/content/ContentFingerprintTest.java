package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    private static List<String> articleFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content/articles"))) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
