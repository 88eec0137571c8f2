package org.gazette.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LineReader} splits as a plain split at '\n' would, whatever the lines and the reads. */
class LineReaderTest {
    private static final int MAX_LINE = 100;
    /** The most bytes one read returns here: a line may pass the limit by up to this before it is seen to. */
    private static final int MAX_READ = 64;

    @Test
    void splitsRandomStreamsAsAPlainSplitWould() throws IOException {
        Random random = new Random(11);
        byte[] alphabet = "ab \r\n\"[]/".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 3_000; round++) {
            byte[] data = new byte[random.nextInt(round % 10 == 0 ? 2_000 : 300)];
            for (int i = 0; i < data.length; i++) {
                int pick = random.nextInt(40);
                // Mostly ASCII text and line ends, some bytes above 0x7F, now and then a line over the limit.
                data[i] = pick == 0 ? (byte) (0x80 + random.nextInt(0x80)) : alphabet[pick % alphabet.length];
            }
            if (round % 7 == 0 && data.length > 3 * MAX_LINE) {
                Arrays.fill(data, 10, 10 + 2 * MAX_LINE, (byte) 'x');
            }
            List<String> expected = expected(data);
            List<String> read = read(data, random);
            String where = "round " + round + ": " + new String(data, StandardCharsets.ISO_8859_1);
            assertEquals(expected.size(), read.size(), where);
            for (int i = 0; i < expected.size(); i++) {
                String line = expected.get(i);
                int length = line.lastIndexOf('|');
                // Over the limit, a line is skipped as soon as the reader sees it is; far over, always.
                if (length > MAX_LINE + MAX_READ + 1 || length > MAX_LINE && read.get(i).equals("TOO LONG")) {
                    line = "TOO LONG";
                }
                assertEquals(line, read.get(i), where);
            }
        }
    }

    @Test
    void rangesOfOneStreamSplitItsLinesExactlyOnce() throws IOException {
        Random random = new Random(12);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 200) {
                text.append("line ").append(random.nextInt(1_000_000)).append("x".repeat(random.nextInt(20))).append('\n');
            }
            byte[] data = text.toString().getBytes(StandardCharsets.US_ASCII);
            int cut = random.nextInt(data.length + 1);
            // As AccessLogTask reads a range [start, end): from the byte before it, skipping that line's tail.
            List<String> lines = new ArrayList<>(range(data, 0, cut, random));
            lines.addAll(range(data, cut, data.length, random));
            assertEquals(expected(data), lines, "cut at " + cut + " of " + text);
        }
    }

    private static List<String> range(byte[] data, int start, int end, Random random) throws IOException {
        int from = Math.max(0, start - 1);
        List<String> lines = new ArrayList<>();
        new LineReader(MAX_LINE).read(new ByteArrayInputStream(data, from, data.length - from) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(MAX_READ)));
            }
        }, end - from, start > 0, new LineReader.Sink() {
            @Override
            public void line(byte[] buf, int lineFrom, int to, boolean ascii, long lineNo) {
                lines.add(new String(buf, lineFrom, to - lineFrom, StandardCharsets.ISO_8859_1) + "|" + ascii);
            }

            @Override
            public void tooLong(long lineNo) {
                lines.add("TOO LONG");
            }
        });
        return lines;
    }

    /** Each line as {@code text|ascii}, a {@code \r} before the {@code \n} dropped; blank lines included. */
    private static List<String> expected(byte[] data) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length && i == start) {
                break;
            }
            if (i == data.length || data[i] == '\n') {
                int end = i > start && data[i - 1] == '\r' && i < data.length ? i - 1 : i;
                if (i == data.length && end > start && data[end - 1] == '\r') {
                    end--;
                }
                boolean ascii = true;
                for (int k = start; k < end; k++) {
                    ascii &= data[k] >= 0;
                }
                lines.add(new String(data, start, end - start, StandardCharsets.ISO_8859_1) + "|" + ascii);
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<String> read(byte[] data, Random random) throws IOException {
        List<String> lines = new ArrayList<>();
        // Reads of random sizes, so lines and words straddle the buffer's refills.
        InputStream in = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(MAX_READ)));
            }
        };
        long count = new LineReader(MAX_LINE).read(in, Long.MAX_VALUE, false, new LineReader.Sink() {
            @Override
            public void line(byte[] buf, int from, int to, boolean ascii, long lineNo) {
                assertEquals(lines.size() + 1, lineNo);
                lines.add(new String(buf, from, to - from, StandardCharsets.ISO_8859_1) + "|" + ascii);
            }

            @Override
            public void tooLong(long lineNo) {
                assertEquals(lines.size() + 1, lineNo);
                lines.add("TOO LONG");
            }
        });
        assertEquals(lines.size(), count);
        return lines;
    }
}
