package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** Characters from every UTF-8 length, both surrogate halves alone and paired, and the edges between. */
    private static final char[] ALPHABET = {'a', '<', '\n', 0x7F, 0x80, 'é', 0x7FF, 0x800, '–', '€', 0xFFFD, 0xFFFF,
        0xD83D, 0xDE00, 0xD800, 0xDBFF, 0xDC00, 0xDFFF};

    @Test
    void givesTheBytesOfStringGetBytesHoweverTheTextArrivesInPieces() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(300)];
            for (int i = 0; i < chars.length; i++) {
                // Every other round mostly ASCII, as markup is: long runs for the ASCII loops, broken by the rest.
                chars[i] = round % 2 == 0 && random.nextInt(8) > 0 ? 'x' : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String text = new String(chars);
            Utf8Writer out = new Utf8Writer(1 + random.nextInt(8)); // tiny, so the buffer must grow
            int at = 0;
            while (at < chars.length) {
                // Short pieces take the character loop, long ones (over 16) the bulk encoder.
                int n = Math.min(chars.length - at, random.nextInt(random.nextBoolean() ? 5 : 60));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(text, at, n);
                    case 3 -> {
                        // Bytes made elsewhere (cached markup): never half a character at either end.
                        String piece = text.substring(at, at + n);
                        if (n > 0 && !Character.isLowSurrogate(piece.charAt(0))
                                && !Character.isHighSurrogate(piece.charAt(n - 1))) {
                            out.writeUtf8(piece.getBytes(StandardCharsets.UTF_8));
                        } else {
                            out.write(piece, 0, n);
                        }
                    }
                    case 1 -> out.write(chars, at, n);
                    default -> {
                        n = 1;
                        out.write(chars[at]);
                    }
                }
                at += n;
            }
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(), () -> "text: "
                    + text.chars().mapToObj(c -> String.format("%04x", c)).toList());
        }
    }

    @Test
    void afterAResetWritesTheNextDocumentAlone() {
        Utf8Writer out = new Utf8Writer(4);
        String first = "first page – long enough to grow the buffer";
        out.write(first, 0, first.length());
        out.write('\uD83D'); // half a character left pending
        out.reset();
        out.write("é\uDE00 next", 0, 7);
        assertArrayEquals("é\uDE00 next".getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertTrue(out.capacity() > first.length(), "the grown buffer is kept: " + out.capacity());
    }
}
