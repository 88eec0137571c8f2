package org.gazette.ranking;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines in one reusable buffer, so memory never depends on the input:
 * a line longer than the limit is reported and skipped without being held. Optionally reads a
 * byte range of a file: it then starts after the first newline and stops at the first line that
 * starts at or past the range end, so ranges of one file split its lines exactly once.
 */
final class LineReader {

    /** Receives lines; numbers count from 1 within what this reader read. */
    interface Sink {
        /** A line without its {@code \n} or {@code \r\n}; {@code ascii} tells whether all bytes are below 0x80. */
        void line(byte[] buf, int from, int to, boolean ascii, long lineNo);

        /** A line over the limit, skipped unread. */
        void tooLong(long lineNo);
    }

    private final int maxLine;
    private final byte[] buf;

    LineReader(int maxLineBytes) {
        this.maxLine = maxLineBytes;
        this.buf = new byte[Math.max(1 << 16, maxLineBytes * 4)];
    }

    /**
     * Reads {@code in} to its end or until a line starts at or past {@code limit} bytes read.
     *
     * @param skipFirst drop bytes up to and including the first newline (the tail of a line
     *                  owned by the previous range)
     * @return the number of lines read
     */
    long read(InputStream in, long limit, boolean skipFirst, Sink sink) throws IOException {
        long lineNo = 0;
        long consumed = 0; // stream offset of buf[0]
        int start = 0;
        int end = 0;
        int scan = 0;
        boolean skipping = skipFirst;
        while (true) {
            int nl = -1;
            for (int i = scan; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl >= 0) {
                if (skipping) {
                    skipping = false;
                } else {
                    if (consumed + start >= limit) {
                        return lineNo;
                    }
                    emit(start, nl, ++lineNo, sink);
                }
                start = nl + 1;
                scan = start;
                continue;
            }
            if (!skipping && end - start > maxLine) {
                if (consumed + start >= limit) {
                    return lineNo;
                }
                sink.tooLong(++lineNo);
                skipping = true;
            }
            if (skipping) {
                start = end;
            }
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                consumed += start;
                end -= start;
                start = 0;
            }
            scan = end;
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                if (end > start && !skipping && consumed + start < limit) {
                    emit(start, end, ++lineNo, sink);
                }
                return lineNo;
            }
            end += r;
        }
    }

    private void emit(int from, int to, long lineNo, Sink sink) {
        int e = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        boolean ascii = true;
        for (int i = from; i < e; i++) {
            if (buf[i] < 0) {
                ascii = false;
                break;
            }
        }
        sink.line(buf, from, e, ascii, lineNo);
    }
}
