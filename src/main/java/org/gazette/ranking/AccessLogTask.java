package org.gazette.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.gazette.io.Checksums;
import org.gazette.io.Utf8;

/**
 * Counts one combined access log, or one byte range of a plain one, into a {@link Tally}. The
 * checks run cheapest first; each line lands in exactly one bucket of {@link IngestStats}.
 */
final class AccessLogTask implements Callable<Tally>, LineReader.Sink {
    private static final int UA_CACHE = 1 << 12;

    private final LoadContext ctx;
    private final Path file;
    private final boolean gzip;
    private final long start;
    private final long end;
    private final Tally tally = new Tally();
    private final CombinedLine line = new CombinedLine();
    private final byte[] path;
    // Direct-mapped cache of bot verdicts by user-agent hash: logs repeat a few thousand agents.
    private final long[] uaKeys = new long[UA_CACHE];
    private final byte[] uaVerdicts = new byte[UA_CACHE];
    private long uaHash;

    /** A whole file ({@code gzip}) or the plain-file byte range {@code [start, end)}. */
    AccessLogTask(LoadContext ctx, Path file, boolean gzip, long start, long end) {
        this.ctx = ctx;
        this.file = file;
        this.gzip = gzip;
        this.start = start;
        this.end = end;
        this.path = new byte[ctx.settings().maxLineBytes() + 16];
    }

    @Override
    public Tally call() {
        LineReader reader = new LineReader(ctx.settings().maxLineBytes());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (gzip) {
                InputStream in = new GZIPInputStream(Channels.newInputStream(ch), 1 << 16);
                tally.lineCount = reader.read(in, Long.MAX_VALUE, false, this);
            } else {
                long from = Math.max(0, start - 1);
                ch.position(from);
                tally.lineCount = reader.read(Channels.newInputStream(ch), end - from, start > 0, this);
            }
        } catch (IOException e) {
            if (!gzip) {
                throw new UncheckedIOException(e);
            }
            // A rotated log cut off mid-write: keep what was read, report the break once.
            tally.lines++;
            tally.lineCount++;
            tally.bad(tally.lineCount, "truncated or corrupt gzip data");
        }
        return tally;
    }

    @Override
    public void tooLong(long lineNo) {
        tally.lineCount = lineNo;
        tally.lines++;
        tally.bad(lineNo, "line longer than " + ctx.settings().maxLineBytes() + " bytes");
    }

    @Override
    public void line(byte[] b, int from, int to, boolean ascii, long lineNo) {
        tally.lineCount = lineNo;
        if (from == to) {
            return;
        }
        tally.lines++;
        if (!ascii && !Utf8.valid(b, from, to)) {
            tally.bad(lineNo, "invalid UTF-8");
            return;
        }
        String why = line.parseTime(b, from, to);
        if (why != null) {
            tally.bad(lineNo, why);
            return;
        }
        // Before the rest of the line, the agent and the path, which cost more: a log kept for weeks is
        // mostly older than the longest window (half of the benchmark's two weeks).
        int hour = ctx.hourOf(line.epochSecond);
        if (hour < 0) {
            tally.outOfWindow++;
            return;
        }
        why = line.parseRest(b, to);
        if (why != null) {
            tally.bad(lineNo, why);
            return;
        }
        if (!line.get || (line.status != 200 && line.status != 304)) {
            tally.notViews++;
            return;
        }
        if (isBot(b)) {
            tally.bots++;
            return;
        }
        int n = ctx.paths().normalize(b, line.targetFrom, line.targetTo, path);
        if (n == RequestPaths.HOSTILE) {
            tally.bad(lineNo, "malformed or hostile request path");
            return;
        }
        int article = n < 0 ? -1 : ctx.index().find(path, n);
        if (article < 0) {
            tally.notArticles++;
            return;
        }
        long visitor = Checksums.mix(Hashing.hash(b, line.ipFrom, line.ipTo, ctx.salt()) ^ uaHash);
        tally.visitorHours.add(visitor, hour, 0, 1);
        tally.views.max(visitor, article, hour, 1);
        tally.counted++;
        tally.hourly = true;
    }

    /** Crawler list, {@code -}, empty or too short; leaves the agent's hash in {@link #uaHash}. */
    private boolean isBot(byte[] b) {
        int len = line.uaTo - line.uaFrom;
        if (len < ctx.settings().minUserAgentLength()) {
            return true;
        }
        uaHash = Hashing.hash(b, line.uaFrom, line.uaTo, 0x7A);
        int slot = (int) uaHash & (UA_CACHE - 1);
        if (uaKeys[slot] != uaHash || uaVerdicts[slot] == 0) {
            uaKeys[slot] = uaHash;
            uaVerdicts[slot] = (byte) (ctx.crawlers().matches(b, line.uaFrom, line.uaTo) ? 2 : 1);
        }
        return uaVerdicts[slot] == 2;
    }
}
