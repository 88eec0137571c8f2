package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SimpleYaml} reads what it accepts exactly as the YAML engine does, and declines the rest. */
class SimpleYamlTest {
    private static final YamlReader ENGINE = new YamlReader();

    /** Kind, text or null, position, and order: everything a field reader or an error message sees. */
    private static String describe(YamlNode node) {
        String at = "@" + node.source().line() + ":" + node.source().column();
        if (node instanceof YamlNode.Scalar s) {
            return (s.isNull() ? "null" : "'" + s.text() + "'") + at;
        }
        StringBuilder out = new StringBuilder();
        if (node instanceof YamlNode.Sequence list) {
            out.append('[').append(at);
            list.items().forEach(item -> out.append(' ').append(describe(item)));
            return out.append(" ]").toString();
        }
        out.append('{').append(at);
        for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) {
            out.append(' ').append(e.key()).append('@').append(e.keySource().line()).append(':')
                    .append(e.keySource().column()).append('=').append(describe(e.value()));
        }
        return out.append(" }").toString();
    }

    /** The simple reading of {@code yaml}, after checking it against the engine's; null when declined. */
    private static YamlNode readBoth(String yaml) {
        YamlNode simple = SimpleYaml.read(yaml, "f.md", 1);
        if (simple == null) {
            return null;
        }
        try {
            assertEquals(describe(ENGINE.readWithEngine(yaml, "f.md", 1)), describe(simple), "read differently:\n" + yaml);
        } catch (YamlReader.YamlException e) {
            fail("accepted what the engine refuses (" + e.getMessage() + "):\n" + yaml);
        }
        return simple;
    }

    @Test
    void readsFrontMatterAsTheEngineDoes() {
        String yaml = """
                title: "The museum defends ticket prices: a “review”"
                date: 2024-07-01T00:42:00+10:00
                author: priya-berg
                section: culture
                tags:
                  - concerts
                  - 'rock ''n'' roll'
                summary: Prices have climbed by 6.4 per cent, the highest level since 1992.
                image:
                  src: /images/stock-10.png
                  alt: "Scene in Budapest (illustration)"
                  caption:
                draft: false
                slug: null
                updated: ~
                aliases:
                - /2023/old/
                -
                rankings:
                  pinUntil: 2024-07-02
                """;
        YamlNode root = readBoth(yaml);
        assertNotNull(root, "taken by the simple reader");
        YamlNode.Mapping mapping = (YamlNode.Mapping) root;
        assertEquals("The museum defends ticket prices: a “review”", ((YamlNode.Scalar) mapping.entries().get("title").value()).text());
        assertTrue(((YamlNode.Scalar) mapping.entries().get("slug").value()).isNull());
        assertEquals("", ((YamlNode.Scalar) ((YamlNode.Mapping) mapping.entries().get("image").value())
                .entries().get("caption").value()).text());
    }

    @Test
    void readsWindowsLineEndingsAndBlankLinesAsTheEngineDoes() {
        assertNotNull(readBoth("title: A\r\n\r\ntags:\r\n  - a\r\n   \r\n  - b\r\nsection:   news   \r\n"));
        assertNotNull(readBoth("  title: indented\n  date: 2024-01-01\n"));
        assertNotNull(readBoth("title: Ends in an em space\u2003  \nsummary: \u00A0non-breaking\u00A0\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: A # comment", "# comment\ntitle: A", "title: &a A", "title: *a", "title: !tag A", "tags: [a, b]",
        "image: {src: a}", "summary: |\n  text", "summary: >\n  text", "title: \"a \\\" b\"", "title: \"open",
        "title: 'open", "title: A\n  continued", "title: a: b", "title: A\ntitle: B", "title:\tA", "title: -A",
        "\"title\": A", "title : A", "tags:\n  - a: b", "tags:\n  - - a", "a:\n  b:\n    c:\n      d: e",
        "title: A 😀", "title: A\u0085B", "just text", "- a\n- b", "", "   \n", "title: A\n x: y", "null: x",
        "%YAML 1.1\ntitle: A", "title: \"a\" b", "title: 'a' b", "title: A:", "? title\n: A", "<<: a",
    })
    void leavesEverythingElseToTheEngine(String yaml) {
        assertNull(SimpleYaml.read(yaml, "f.md", 1), yaml);
    }

    /** The engine refuses a key over 1,024 characters and a hexadecimal, octal or binary number over 1,000 digits. */
    @Test
    void leavesLongLinesToTheEngine() {
        for (String yaml : List.of("a".repeat(1025) + ": x", "a: 0x" + "F".repeat(1001), "a:\n  - 0" + "7".repeat(1001),
                "a: 0b" + "1".repeat(1001))) {
            assertThrows(YamlReader.YamlException.class, () -> ENGINE.readWithEngine(yaml, "f.md", 1), yaml);
            assertNull(SimpleYaml.read(yaml, "f.md", 1), yaml);
        }
        assertNull(SimpleYaml.read("summary: " + "word ".repeat(200), "f.md", 1), "a long line goes to the engine");
        assertNotNull(readBoth("summary: " + "word ".repeat(197) + "end"), "a shorter one does not");
    }

    /**
     * Random documents from the pieces front matter is made of, right and wrong: whatever the simple
     * reader accepts, the engine reads the same way.
     */
    @Test
    void agreesWithTheEngineOnRandomDocuments() {
        String[] indents = {"", "", "", " ", "  ", "  ", "   ", "    "};
        String[] keys = {"title", "tags", "a", "b-c", "x_1", "2024", "null", "-k", "t t", "", "true", "on", "y"};
        String[] separators = {": ", ": ", ":", ":  ", " : ", " "};
        String[] values = {"plain text", "x", "\"quoted: yes # no\"", "'single'", "'it''s'", "", "null", "Null", "~",
            "NULL", "nUll", "true", "12", "1:20", "0x1F", "2024-07-01T00:42:00+10:00", "a, b", "x]", "x}", "a #b",
            "a#b", "x:y", "a: b", "end:", "-x", "- x", "[a]", "{a: b}", "&a x", "*a", "!t x", "|", ">", "\"open",
            "'open", "\"a\\tb\"", "“smart”", "é ü", "%x", "@x", "`x`", "?x", ",x", "'a' b", "\"a\" b", "x  y",
            "\"\"", "''", "''''", "a ' b", "a \" b", "no", "yes", "On", "0123", "1.5e3", "em\u2003", "\u3000ideographic", "no\u00A0break\u00A0"};
        String[] trailers = {"", "", " ", "  ", "\r"};
        Random random = new Random(20261128);
        int accepted = 0;
        for (int doc = 0; doc < 20_000; doc++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                String indent = pick(random, indents);
                switch (random.nextInt(6)) {
                    case 0 -> yaml.append(indent).append('-').append(random.nextBoolean() ? " " + pick(random, values) : "");
                    case 1 -> yaml.append(indent).append(pick(random, keys)).append(':');
                    case 2 -> yaml.append(random.nextBoolean() ? "" : "  ");
                    default -> yaml.append(indent).append(pick(random, keys)).append(pick(random, separators))
                            .append(pick(random, values));
                }
                yaml.append(pick(random, trailers)).append('\n');
            }
            if (readBoth(yaml.toString()) != null) {
                accepted++;
            }
        }
        assertTrue(accepted > 1_000, "the random documents reach the simple reader often enough to test it: " + accepted);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** The demo newsroom and every test newsroom: what is accepted reads the same as by the engine. */
    @Test
    void agreesWithTheEngineOnEveryNewsroomFile() throws IOException {
        int accepted = 0;
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (CharacterCodingException e) {
                    continue; // a fixture of a broken file
                }
                String yaml = text;
                if (file.toString().endsWith(".md")) {
                    FrontMatter parts = FrontMatter.split(text);
                    if (parts == null) {
                        continue;
                    }
                    yaml = parts.yaml();
                }
                if (readBoth(yaml) != null) {
                    accepted++;
                }
            }
        }
        assertTrue(accepted >= 30, "most of the newsrooms' front matter is simple: " + accepted);
    }
}
