package org.gazette.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gazette.io.IoErrors;
import org.gazette.model.Source;

/** Reads an editor's text file strictly: UTF-8 only, no binary, bounded size. */
final class TextFiles {
    static final long MAX_BYTES = 4L << 20;

    private TextFiles() {
    }

    /** The text with line endings normalised to {@code \n}, or null after reporting why not. */
    static String read(Path file, String display, Problems problems) {
        byte[] bytes = bytes(file, display, problems);
        return bytes == null ? null : decode(bytes, display, problems);
    }

    /** The file's bytes, within the size limit, or null after reporting why not. */
    static byte[] bytes(Path file, String display, Problems problems) {
        // The size from the open file, not a stat of its name first: one call less for every article.
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > MAX_BYTES) {
                problems.add(Source.file(display), "file is too large (" + size / 1024 + " KB, the limit is "
                        + MAX_BYTES / 1024 + " KB)", "split it, or move data out of the text");
                return null;
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // until full, or the end of a file cut short meanwhile
            }
            return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
        } catch (IOException e) {
            problems.add(Source.file(display), "cannot read file: " + IoErrors.reason(e));
            return null;
        }
    }

    /**
     * Bytes read once (and hashed for caches) as UTF-8 text with line endings normalised to {@code \n},
     * or null after reporting why not.
     */
    static String decode(byte[] bytes, String display, Problems problems) {
        String text = decodeAsIs(bytes, display, problems);
        return text == null ? null : normaliseLineEndings(text);
    }

    /**
     * Whether {@link #decode} would give {@code text}, decoded leniently, as it is: no line ending to
     * normalise, no NUL (a binary file) and no U+FFFD (perhaps bytes that are not UTF-8).
     */
    static boolean isPlain(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\0') < 0 && text.indexOf('\uFFFD') < 0;
    }

    /** {@code text} with its line endings ({@code \r\n}, {@code \r}) as {@code \n}: the same String when it has none. */
    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * As {@link #decode}, but with the line endings left as they are: the exact text of the bytes,
     * so that an offset in it maps onto them.
     */
    static String decodeAsIs(byte[] bytes, String display, Problems problems) {
        try {
            if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                    || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
                // A UTF-16 byte order mark: say so, rather than "binary" for its NUL bytes.
                problems.add(Source.file(display), "file is UTF-16 text, not UTF-8", "re-save it with UTF-8 encoding");
                return null;
            }
            // Decoded leniently: about twice as fast as a strict decoder, and the same text for valid
            // UTF-8. A NUL byte comes out as U+0000 and invalid bytes as U+FFFD, so only text holding
            // U+FFFD (rare, and fine when written as such) is decoded again strictly.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\0') >= 0) {
                int offset = 0;
                while (bytes[offset] != 0) {
                    offset++;
                }
                problems.add(Source.file(display), "file is binary, not text (a NUL byte at offset " + offset + ")",
                        "save it as UTF-8 text, or move it out of the content folder");
                return null;
            }
            if (text.indexOf('\uFFFD') >= 0) {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            }
            return text;
        } catch (CharacterCodingException e) {
            problems.add(Source.file(display), "file is not valid UTF-8 text", "re-save it with UTF-8 encoding");
        }
        return null;
    }
}
