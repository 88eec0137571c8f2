package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.model.Tag;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that repeat across article files are held once, and articles stay equal to a plain read. */
class SharedValuesTest {
    @TempDir
    Path dir;

    @Test
    void articlesShareTheirTagsSectionsAndAuthorsAndStayEqual() {
        Newsroom loaded = new ContentLoader().load(Newsrooms.copyOfBasic(dir), Newsrooms.NOW);
        Map<Tag, Tag> tags = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        int repeats = 0;
        for (Article a : loaded.published()) {
            for (Tag t : a.tags()) {
                Tag first = tags.putIfAbsent(t, t);
                if (first != null) {
                    assertSame(first, t, "tag " + t.slug() + " of " + a.path());
                    repeats++;
                }
            }
            for (String s : concat(a.authorIds(), List.of(a.sectionId()))) {
                String first = strings.putIfAbsent(s, s);
                if (first != null) {
                    assertSame(first, s, s + " of " + a.path());
                    repeats++;
                }
            }
        }
        assertTrue(repeats > 3, "the fixture repeats tags, sections and authors: " + repeats);
        Article a = loaded.published().get(0);
        assertEquals(a, new SharedValues().share(a, a.body()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
