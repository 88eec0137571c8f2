package org.gazette.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gazette.io.Utf8;

/**
 * Counts a page-view CSV export into a {@link Tally}. Lines go through the same bounded
 * {@link LineReader} as logs (so a 10 MB row is skipped, not buffered), then commons-csv parses
 * each one; quoted fields spanning lines are therefore not supported, and exports have none.
 * Rows already count readers, so there is no bot or flood filtering; a row with a date or hour
 * is spread evenly over the part of its period before now; a row without either counts as
 * readers within every Most Read window (see the README (Trending and Most Read)).
 */
final class CsvTask implements Callable<Tally>, LineReader.Sink {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private final LoadContext ctx;
    private final Path file;
    private final String label;
    private final boolean gzip;
    private final Tally tally = new Tally();
    private CsvLayout layout;

    CsvTask(LoadContext ctx, Path file, String label, boolean gzip) {
        this.ctx = ctx;
        this.file = file;
        this.label = label;
        this.gzip = gzip;
    }

    @Override
    public Tally call() {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            try {
                tally.lineCount = new LineReader(ctx.settings().maxLineBytes()).read(in, Long.MAX_VALUE, false, this);
            } catch (IOException e) {
                if (!gzip) {
                    throw e;
                }
                tally.lines++;
                tally.lineCount++;
                tally.bad(tally.lineCount, "truncated or corrupt gzip data");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally;
    }

    @Override
    public void tooLong(long lineNo) {
        tally.lineCount = lineNo;
        if (layout == null) {
            throw new ReadershipException(label + ":" + lineNo + ": header line too long; " + CsvLayout.EXPECTED);
        }
        tally.lines++;
        tally.bad(lineNo, "line longer than " + ctx.settings().maxLineBytes() + " bytes");
    }

    @Override
    public void line(byte[] b, int from, int to, boolean ascii, long lineNo) {
        tally.lineCount = lineNo;
        if (from == to) {
            return;
        }
        if (!ascii && !Utf8.valid(b, from, to)) {
            if (layout == null) {
                throw new ReadershipException(label + ":" + lineNo + ": header is not UTF-8; " + CsvLayout.EXPECTED);
            }
            tally.lines++;
            tally.bad(lineNo, "invalid UTF-8");
            return;
        }
        String text = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (layout == null && lineNo == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> fields = fields(text);
        if (layout == null) {
            layout = fields == null ? null : CsvLayout.of(fields);
            if (layout == null) {
                throw new ReadershipException(label + ":" + lineNo + ": unrecognised CSV header; " + CsvLayout.EXPECTED);
            }
            return;
        }
        tally.lines++;
        if (fields == null || fields.size() < layout.width()) {
            tally.bad(lineNo, "malformed CSV row");
            return;
        }
        row(fields, lineNo);
    }

    private void row(List<String> f, long lineNo) {
        double readers;
        try {
            readers = Long.parseLong(f.get(layout.readers()).strip());
        } catch (NumberFormatException e) {
            tally.bad(lineNo, "readers is not a whole number");
            return;
        }
        if (readers < 0 || readers > 1e12) {
            tally.bad(lineNo, "readers out of range");
            return;
        }
        byte[] in = f.get(layout.path()).strip().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int n = ctx.paths().normalize(in, 0, in.length, out);
        if (n == RequestPaths.HOSTILE) {
            tally.bad(lineNo, "malformed or hostile path");
            return;
        }
        int article = n < 0 ? -1 : ctx.index().find(out, n);
        if (article < 0) {
            tally.notArticles++;
            return;
        }
        Instant[] period;
        try {
            period = period(f);
        } catch (DateTimeParseException e) {
            tally.bad(lineNo, "unreadable date or hour");
            return;
        }
        if (period == null) {
            tally.undated.merge(article, readers, Double::sum);
            tally.counted++;
            return;
        }
        if (!spread(article, readers, period[0].getEpochSecond(), period[1].getEpochSecond())) {
            tally.outOfWindow++;
            return;
        }
        tally.counted++;
        if (layout.hour() >= 0) {
            tally.hourly = true;
        } else {
            tally.daily = true;
        }
    }

    /** Start and end of the row's period, or null for an undated row. */
    private Instant[] period(List<String> f) {
        if (layout.hour() >= 0 && !f.get(layout.hour()).isBlank()) {
            Instant h = hour(f.get(layout.hour()).strip()).truncatedTo(ChronoUnit.HOURS);
            return new Instant[] {h, h.plus(1, ChronoUnit.HOURS)};
        }
        if (layout.date() >= 0 && !f.get(layout.date()).isBlank()) {
            Instant d = LocalDate.parse(f.get(layout.date()).strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            return new Instant[] {d, d.plus(1, ChronoUnit.DAYS)};
        }
        return null;
    }

    /** ISO instants with offset, or a UTC local date-time written with {@code T} or a space, minutes optional. */
    static Instant hour(String s) {
        String t = s.replace(' ', 'T');
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(t).toInstant();
        }
        if (t.length() == 13) {
            t += ":00";
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }

    /** Spreads readers evenly over [from, min(to, now)); false when none of it lies in the horizon. */
    private boolean spread(int article, double readers, long from, long to) {
        long now = ctx.nowSecond();
        long end = Math.min(to, now);
        long oldest = now - ctx.horizonHours() * 3600L;
        if (end <= from || end <= oldest) {
            return false;
        }
        double perSecond = readers / (end - from);
        double[] hours = tally.directHours(article, ctx.horizonHours());
        for (int k = (int) ((now - end) / 3600); k < ctx.horizonHours(); k++) {
            long bucketFrom = now - (k + 1) * 3600L;
            long bucketTo = now - k * 3600L;
            long overlap = Math.min(end, bucketTo) - Math.max(from, bucketFrom);
            if (bucketTo <= from) {
                break;
            }
            if (overlap > 0) {
                hours[k] += perSecond * overlap;
            }
        }
        return true;
    }

    private static List<String> fields(String text) {
        try (CSVParser p = CSVParser.parse(text, FORMAT)) {
            List<CSVRecord> records = p.getRecords();
            return records.size() == 1 ? records.get(0).toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
