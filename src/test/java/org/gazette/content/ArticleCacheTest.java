package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.model.Newsroom;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article cache changes how fast a newsroom loads, never what it loads. */
class ArticleCacheTest {
    @TempDir
    Path dir;

    private Newsroom load(Path root) {
        return new ContentLoader(true).load(root, Newsrooms.NOW);
    }

    @Test
    void aWarmCacheGivesExactlyWhatAFreshReadGives() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom fresh = new ContentLoader().load(root, Newsrooms.NOW);
        Newsroom cold = load(root);
        assertTrue(Files.isRegularFile(root.resolve(ArticleCache.FILE)), "the cache is written");
        assertEquals(List.of(), misses(root), "every valid article is in the cache after one build");
        Newsroom warm = load(root);
        assertEquals(fresh, cold);
        assertEquals(fresh, warm);
    }

    @Test
    void aBuildsWayOfLoadingCacheAndBodiesOnDiskGivesWhatAFreshReadGives() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom fresh = new ContentLoader().load(root, Newsrooms.NOW);
        assertFalse(fresh.published().isEmpty());
        for (String run : List.of("cold", "warm")) {
            try (BodyStore bodies = BodyStore.onDisk()) {
                Newsroom loaded = new ContentLoader(true).load(root, Newsrooms.NOW, bodies);
                assertEquals(fresh.published().size(), loaded.published().size(), run);
                for (int i = 0; i < fresh.published().size(); i++) {
                    org.gazette.model.Article a = loaded.published().get(i);
                    assertTrue(a.body() instanceof StoredBody, run + ": the body is on disk, " + a.path());
                    // Cold, the body is where the cache wrote it (its new entries); warm, in the cache file.
                    Path where = ((StoredBody) a.body()).file().path();
                    assertTrue(run.equals("warm") ? where.equals(root.resolve(ArticleCache.FILE))
                                    : where.getFileName().toString().startsWith("articles.bin.new-"),
                            run + ": the body is read from the cache, not copied to the store; " + a.path() + " in " + where);
                    assertEquals(fresh.published().get(i), a.withBody(org.gazette.model.Body.of(a.bodyHtml())), run + ": " + a.path());
                }
            }
            assertEquals(List.of(), misses(root), run + ": every article is in the cache");
        }
    }

    @Test
    void aCachedBodyIsReadFromTheCacheFileUntilTheBuildEndsEvenOnceTheFileIsGone() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        // One article edited: the load adds its entry to the cache file the others' bodies are in.
        Path edited = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(edited, Files.readString(edited).replace("what is at stake", "the stakes"));
        Newsroom fresh = new ContentLoader().load(root, Newsrooms.NOW);
        Path cache = root.resolve(ArticleCache.FILE).toAbsolutePath();
        Object before = Files.readAttributes(cache, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        org.gazette.model.Article fromCache;
        try (BodyStore bodies = BodyStore.onDisk()) {
            Newsroom warm = new ContentLoader(true).load(root, Newsrooms.NOW, bodies);
            if (before != null) {
                assertEquals(before, Files.readAttributes(cache, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                        "the edit was added to the cache file in place");
            }
            // Deleted as a later build would replace it: the bodies are read from the file as opened.
            Files.delete(cache);
            int cached = 0;
            for (int i = 0; i < fresh.published().size(); i++) {
                org.gazette.model.Article a = warm.published().get(i);
                assertEquals(fresh.published().get(i).bodyHtml(), a.bodyHtml(), a.path());
                if (((StoredBody) a.body()).file().path().equals(cache)) {
                    cached++;
                }
            }
            assertEquals(fresh.published().size() - 1, cached, "every body but the edited article's is read from the cache");
            fromCache = warm.published().stream()
                    .filter(a -> ((StoredBody) a.body()).file().path().equals(cache)).findFirst().orElseThrow();
        }
        assertThrows(java.io.UncheckedIOException.class, fromCache::bodyHtml, "the store closed the cache file with its own");
    }

    @Test
    void anArticleWhoseHashTheBuildHasMadeIsTakenFromTheCacheWithoutReadingItsFile() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom cached = load(root);
        String name = "content/articles/2024/03/local-elections-explained.md";
        Path file = root.resolve(name);
        byte[] hash = ContentFingerprint.hash(Files.readAllBytes(file));
        // Were the file read, this would fail the load.
        Files.writeString(file, "---\ntitle: [\n");
        Map<String, byte[]> hashes = new ConcurrentHashMap<>(Map.of(name, hash));
        assertEquals(cached, new ContentLoader(true).load(root, Newsrooms.NOW, BodyStore.inMemory(), hashes),
                "the given hash found the cached article");
        assertArrayEquals(hash, hashes.get(name), "and stays the file's hash in the fingerprint");
        assertTrue(hashes.size() > 1, "the articles read have their hashes put beside it");

        Map<String, byte[]> none = new ConcurrentHashMap<>();
        assertThrows(ContentException.class, () -> new ContentLoader(true).load(root, Newsrooms.NOW, BodyStore.inMemory(), none));
        assertFalse(java.util.Arrays.equals(hash, none.get(name)), "without it, the file is read and hashed as it is");
    }

    /** The article files the cache would not answer for, as they are on disk now. */
    private static List<String> misses(Path root) throws IOException {
        Path articles = root.resolve("content/articles");
        ArticleCache cache = ArticleCache.open(root, root.resolve("content"),
                ContentLoader.ContentFiles.find(root, articles, ".md", ".md", new Problems()).others());
        List<String> misses = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root.resolve("content/articles"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (cache.get(cache.key(file, ContentFingerprint.hash(Files.readAllBytes(file)))) == null) {
                    misses.add(root.relativize(file).toString());
                }
            }
        }
        return misses;
    }

    @Test
    void anEditedArticleIsReadAgain() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Path file = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(file, Files.readString(file).replace("title: \"Local elections: what is at stake\"",
                "title: \"Local elections: the stakes\""));
        assertEquals(List.of("content/articles/2024/03/local-elections-explained.md"), misses(root),
                "only the edited file misses");
        assertTrue(load(root).published().stream().anyMatch(a -> a.title().equals("Local elections: the stakes")));
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), load(root));
    }

    @Test
    void aPictureBesideTheArticlesThatChangesSizeReadsThemAgain() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom before = load(root);
        Path picture = root.resolve("content/articles/2023/10/festival-crowd.png");
        java.awt.image.BufferedImage wider = new java.awt.image.BufferedImage(80, 36, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(wider, "png", picture.toFile());
        assertFalse(misses(root).isEmpty(), "a picture is part of what every article is read against");
        Newsroom after = load(root);
        assertNotEquals(before, after);
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), after);
        assertTrue(after.published().stream().flatMap(a -> a.media().stream())
                .anyMatch(i -> i.file().equals(picture) && i.width() == 80), "the new width is read");
    }

    @Test
    void aBuildWithContentProblemsKeepsTheValidArticlesAndNoSpillFile() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsrooms.write(root, "content/articles/2023/01/broken.md", "---\ntitle: [broken\n---\nText.\n");
        assertThrows(ContentException.class, () -> load(root));
        try (java.util.stream.Stream<Path> files = Files.list(root.resolve(ArticleCache.FILE).getParent())) {
            assertEquals(List.of("articles.bin"), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("articles.bin")).toList(), "the cache, and no spill file beside it");
        }
        assertEquals(List.of("content/articles/2023/01/broken.md"),
                misses(root).stream().map(f -> f.replace('\\', '/')).toList(), "every valid article is cached");
    }

    @Test
    void aDeletedPictureIsStillAnErrorWithAWarmCache() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Files.delete(root.resolve("content/images/harbour-bridge.png"));
        ContentException e = assertThrows(ContentException.class, () -> load(root));
        assertTrue(e.report().contains("image '/images/harbour-bridge.png' not found"), e.report());
    }

    @Test
    void aChangedSettingReadsEveryArticleAgain() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom before = load(root);
        Path site = root.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("https://example.org/news/", "https://example.org/"));
        Newsroom after = load(root);
        assertNotEquals(before.published().get(0).bodyHtml(), after.published().get(0).bodyHtml(),
                "bodies are rendered again with the new base path");
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), after);
    }

    @Test
    void aCacheThatAnswersEveryArticleIsLeftAsItIs() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Path file = root.resolve(ArticleCache.FILE);
        Object before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        byte[] bytes = Files.readAllBytes(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(before != null, "this file system names no files by key");
        load(root);
        assertEquals(before, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "not written again");
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void anEditAndADeletionLeaveACacheOfExactlyTheArticlesOnDisk() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        int before = entries(root);
        Path edited = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(edited, Files.readString(edited).replace("what is at stake", "the stakes"));
        Files.delete(root.resolve("content/articles/2023/01/city-budget-agreed.md"));
        Newsroom after = load(root);
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), after);
        assertEquals(List.of(), misses(root), "the edited article is cached, the others kept");
        assertEquals(before - 1, entries(root), "the deleted article and the edit's old version are gone");
        assertEquals(after, load(root));
    }

    @Test
    void anEditIsAddedToTheEndOfTheCacheFileWhoseBytesStayAsTheyWere() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Path file = root.resolve(ArticleCache.FILE);
        byte[] before = Files.readAllBytes(file);
        Path edited = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(edited, Files.readString(edited).replace("what is at stake", "the stakes"));
        Newsroom after = load(root);
        byte[] now = Files.readAllBytes(file);
        assertArrayEquals(before, java.util.Arrays.copyOf(now, before.length), "the file's bytes are kept, not written again");
        assertTrue(now.length > before.length && now.length - before.length < before.length / 2,
                "only the edited article and a new index are added: " + before.length + " → " + now.length + " bytes");
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), after);
        assertEquals(List.of(), misses(root), "the edited article is cached, the others kept");
        assertEquals(after, load(root));
        assertArrayEquals(now, Files.readAllBytes(file), "a build that finds every article leaves the file as it is");
    }

    @Test
    void editsAddedAgainAndAgainNeverMakeTheCacheMoreThanTwiceWhatItsEntriesUse() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Path file = root.resolve(ArticleCache.FILE);
        long fresh = Files.size(file);
        Path edited = root.resolve("content/articles/2024/03/local-elections-explained.md");
        String text = Files.readString(edited);
        java.util.Set<Object> files = new java.util.HashSet<>();
        long largest = 0;
        for (int i = 0; i < 40; i++) {
            // A long edit, so that the stale versions soon outweigh the rest.
            Files.writeString(edited, text.replace("what is at stake", "what is at stake " + "again ".repeat(200 + i)));
            Newsroom loaded = load(root);
            assertEquals(new ContentLoader().load(root, Newsrooms.NOW), loaded, "edit " + i);
            largest = Math.max(largest, Files.size(file));
            files.add(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        assertEquals(List.of(), misses(root));
        // The same articles cached afresh: header, entries and index, no stale bytes. The edits only grew,
        // so no build's entries in use were more than these.
        Files.delete(file);
        load(root);
        long live = Files.size(file);
        assertTrue(largest <= 2 * live, "the stale versions are dropped once they would be more than half the file: "
                + largest + " bytes at most, against " + live + " for the entries in use (" + fresh + " when first made)");
        assertTrue(files.size() > 1 || files.contains(null), "the file was written anew, without its stale entries, along the way");
    }

    @Test
    void anAdditionCutShortLeavesACacheReadAsEmptyNeverAsAWrongOne() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Path file = root.resolve(ArticleCache.FILE);
        int first = (int) Files.size(file);
        Path edited = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(edited, Files.readString(edited).replace("what is at stake", "the stakes"));
        Newsroom fresh = load(root);
        byte[] added = Files.readAllBytes(file);
        // A build stopped while it added: the new bytes end anywhere, or hold only part of the index.
        for (int end : new int[] {first + 1, first + (added.length - first) / 2, added.length - 17, added.length - 16,
                added.length - 9, added.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(added, end));
            assertEquals(0, entries(root), "cut to " + end + " of " + added.length + " bytes");
            Files.write(file, java.util.Arrays.copyOf(added, end));
            assertEquals(fresh, load(root), "cut to " + end);
        }
        // A letter of the index's first key damaged (a disk error): not read either, though it still parses.
        long indexAt = java.nio.ByteBuffer.wrap(added, added.length - 16, 8).getLong();
        added[(int) indexAt + 4 + 2 + 1] ^= 1;
        Files.write(file, added);
        assertEquals(0, entries(root), "an index whose CRC does not match");
    }

    @Test
    void aBuildNeverAddsToACacheFileAnotherBuildHasChangedSinceItOpenedIt() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom first = load(root);
        Path articles = root.resolve("content/articles");
        List<Path> mds;
        try (java.util.stream.Stream<Path> walk = Files.walk(articles)) {
            mds = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        // A build opens the cache...
        ArticleCache slow = ArticleCache.open(root, root.resolve("content"),
                ContentLoader.ContentFiles.find(root, articles, ".md", ".md", new Problems()).others());
        // ...another one adds an edit to it meanwhile...
        Path edited = root.resolve("content/articles/2024/03/local-elections-explained.md");
        Files.writeString(edited, Files.readString(edited).replace("what is at stake", "the stakes"));
        load(root);
        byte[] added = Files.readAllBytes(root.resolve(ArticleCache.FILE));
        Object addedKey = Files.readAttributes(root.resolve(ArticleCache.FILE), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        org.junit.jupiter.api.Assumptions.assumeTrue(addedKey != null, "this file system names no files by key");
        // ...then the first uses the entries it found and adds one of its own.
        for (Path md : mds) {
            if (!md.equals(edited)) {
                assertTrue(slow.get(slow.key(md, ContentFingerprint.hash(Files.readAllBytes(md)))) != null, md.toString());
            }
        }
        org.gazette.model.Article article = first.published().get(0);
        slow.put(slow.key(root.resolve("content/articles/extra.md"), ContentFingerprint.hash(new byte[] {1})), article,
                article.bodyHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        slow.save();
        byte[] now = Files.readAllBytes(root.resolve(ArticleCache.FILE));
        assertNotEquals(addedKey, Files.readAttributes(root.resolve(ArticleCache.FILE),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the file was written anew from what this build used, not added to over the other build's entries");
        assertFalse(java.util.Arrays.equals(added, java.util.Arrays.copyOf(now, added.length)));
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), load(root), "and every entry read is what a fresh read gives");
    }

    /** How many articles the cache on disk holds for the newsroom as it is now. */
    private static int entries(Path root) {
        return ArticleCache.open(root, root.resolve("content"), ContentLoader.ContentFiles.find(root,
                root.resolve("content/articles"), ".md", ".md", new Problems()).others()).size();
    }

    @Test
    void aCacheCutShortIsReadAsAnEmptyOne() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        Newsroom fresh = load(root);
        Path file = root.resolve(ArticleCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        for (int cut : new int[] {1, 8, 13, bytes.length / 2}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - cut));
            assertEquals(0, entries(root), "cut by " + cut);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - cut));
            assertEquals(fresh, load(root), "cut by " + cut);
        }
    }

    @Test
    void aDamagedCacheIsReadAsAnEmptyOne() throws IOException {
        Path root = Newsrooms.copyOfBasic(dir);
        load(root);
        Files.write(root.resolve(ArticleCache.FILE), new byte[] {0, 0, 0, 1, 0, 3, 'x'});
        assertEquals(new ContentLoader().load(root, Newsrooms.NOW), load(root));
    }
}
