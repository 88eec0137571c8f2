package org.gazette.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What feeds keep of a text: the characters XML 1.0 allows, and nothing else. */
class XmlTest {
    /** XML 1.0's Char production, one code point (a lone surrogate is its own, and not a Char). */
    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static String expected(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(XmlTest::xmlChar).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    @Test
    void dropsWhatXmlCannotHoldAndKeepsTheRest() {
        assertEquals("ab\tc\nd\re", Xml.clean("a\u0000b\tc\nd\re\u000B"));
        assertEquals("x\uD83D\uDCF0y", Xml.clean("x\uD83D\uDCF0y\uD800"), "a pair kept, a lone high half dropped");
        assertEquals("q", Xml.clean("\uDC00q\uFFFE"), "a lone low half and U+FFFE dropped");
        String plain = "Plain text – with “quotes” and é, up to U+D7FF: \uD7FF";
        assertSame(plain, Xml.clean(plain), "nothing to drop: the same string");

        // Random texts mixing every kind of character at every place, against the production itself.
        char[] kinds = {'a', ' ', '\t', '\n', '\r', '\u0001', '\u001F', '\u00E9', '\u2013', '\uD7FF', '\uD83D', '\uDCF0',
            '\uDBFF', '\uDFFF', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF'};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = kinds[random.nextInt(kinds.length)];
            }
            String s = new String(text);
            assertEquals(expected(s), Xml.clean(s), () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
