package org.gazette.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes straight into UTF-8 bytes. Pages are published as bytes, so
 * rendering into a {@code StringWriter} first cost a synchronised buffer, a copy to a String (two
 * bytes a character once a page holds one non-Latin-1 character, such as the title's dash) and a
 * second pass to encode it. Unpaired surrogates become {@code ?}, as {@link String#getBytes} makes
 * them, so the bytes are those of the String way. Feeds write through one too: the JDK's XML writer
 * otherwise sends every byte through a synchronised stream. Not thread-safe: one document at a time ({@link #reset} starts the next).
 */
public final class Utf8Writer extends Writer {
    /** Up to this many characters, a loop beats a call to the JDK's encoder and its copy. */
    private static final int SHORT = 16;

    private byte[] bytes;
    private int size;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char high;
    /** A low surrogate written first, with nothing before it to pair with (written as {@code ?}), or 0. */
    private char leadingLow;

    public Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        // Freemarker writes a template's text this way: mostly ASCII markup, copied a run at a time in
        // a tight loop (a call per character took a fifth of rendering), each other character by put.
        ensure(3L * length + 1);
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (high == 0 && (i = ascii(chars, i, end)) == end) {
                break;
            }
            put(chars[i++]);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        // The JDK's encoder copies ASCII and Latin-1 text in bulk; a character loop is several times
        // slower on the long runs of markup templates write. A surrogate pair split between two
        // writes is left to the loop, which joins the halves as one String would.
        if (length > SHORT && high == 0 && !Character.isHighSurrogate(text.charAt(offset + length - 1))
                && (size > 0 || !Character.isLowSurrogate(text.charAt(offset)))) {
            String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
            byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        ensure(3L * length + 1);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(text.charAt(i));
        }
    }

    /** Writes text already encoded as UTF-8 (after a pending half character, which becomes {@code ?}). */
    public void writeUtf8(byte[] utf8) {
        ensure(utf8.length + 1L);
        if (high != 0) {
            high = 0;
            bytes[size++] = '?';
        }
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /**
     * Copies the ASCII characters from {@code i} on and returns the index of the first other one (or
     * {@code end}); room was ensured. A method of its own: inside its caller's loop, C1's code for it
     * was a third slower (96 KB of markup in pieces: 150 µs against 110 µs).
     */
    private int ascii(char[] chars, int i, int end) {
        byte[] b = bytes;
        int n = size;
        for (char c; i < end && (c = chars[i]) < 0x80; i++) {
            b[n++] = (byte) c;
        }
        size = n;
        return i;
    }

    /** Forgets what was written, keeping the buffer, so the writer can write another document. */
    public void reset() {
        size = 0;
        high = 0;
        leadingLow = 0;
    }

    /**
     * Whether the text written begins with the low half of a character or ends with a high half: in
     * a larger document such a piece would join the text around it, which its bytes cannot.
     */
    public boolean hasHalfCharacterAtAnEnd() {
        return leadingLow != 0 || high != 0;
    }

    /** The text written, as a String that has the halves of characters at its ends as they were written. */
    public String text() {
        int from = leadingLow != 0 ? 1 : 0; // the '?' written for it
        String middle = new String(bytes, from, size - from, StandardCharsets.UTF_8);
        return (leadingLow != 0 ? String.valueOf(leadingLow) : "") + middle + (high != 0 ? String.valueOf(high) : "");
    }

    /** How many bytes were written since the start or the last {@link #reset}. */
    public int size() {
        return size;
    }

    /** How many bytes the writer holds before its buffer grows. */
    public int capacity() {
        return bytes.length;
    }

    /** The bytes written so far (an unpaired high surrogate at the end counts as {@code ?}). */
    public byte[] toByteArray() {
        end();
        return Arrays.copyOf(bytes, size);
    }

    /** Ends the document: an unpaired high surrogate at the end becomes {@code ?}. */
    public void end() {
        if (high != 0) {
            ensure(1);
            bytes[size++] = '?';
            high = 0;
        }
    }

    /**
     * The writer's own buffer, whose first {@link #size} bytes are the document (after {@link #end}):
     * valid until the next write or {@link #reset}, for a caller that would only copy it again.
     */
    public byte[] buffer() {
        return bytes;
    }

    private void put(char c) {
        byte[] b = bytes;
        if (c < 0x80 && high == 0) {
            b[size++] = (byte) c;
        } else if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                b[size++] = (byte) (0xF0 | cp >> 18);
                b[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[size++] = '?';
                put(c);
            }
        } else if (c < 0x800) {
            b[size++] = (byte) (0xC0 | c >> 6);
            b[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            if (size == 0) {
                leadingLow = c;
            }
            b[size++] = '?';
        } else {
            b[size++] = (byte) (0xE0 | c >> 12);
            b[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** Room for {@code more} bytes (a pending high surrogate may add one more). */
    private void ensure(long more) {
        long needed = size + more + 1;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("a page of more than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, 2L * bytes.length));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
