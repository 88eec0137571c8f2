package org.gazette.ranking;

import static org.gazette.ranking.Logs.A;
import static org.gazette.ranking.Logs.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    private static final Path RES = Path.of("src/test/resources/ranking");

    @TempDir
    Path dir;

    @Test
    void readsPlausibleVisitorsAsDailyReadersSpreadOverTheDay() {
        ReadershipData d = Logs.load(RES, "plausible.csv", Logs.ab());
        assertEquals(Granularity.DAILY, d.granularity());
        // 2024-06-30 is exactly the 24 h before now (midnight): 24 visitors, 1 an hour; 06-29 is the day before.
        assertEquals(1, d.readers(A).hour(0), 1e-9);
        assertEquals(24, d.readers(A).sum(0, 24), 1e-9);
        assertEquals(34, d.readers(A).sum(0, 48), 1e-9);
        assertEquals(4, d.readers(B).sum(0, 24), 1e-9); // the 07-01 row lies after now
        IngestStats s = d.stats();
        assertEquals(List.of(6L, 3L, 1L, 1L, 1L), List.of(s.lines(), s.counted(), s.notArticles(), s.outOfWindow(), s.bad()));
        assertEquals(List.of("plausible.csv:7: readers is not a whole number"), s.firstBadLines());
    }

    @Test
    void readsPathViewsWithoutDatesAsReadersWithinEveryMostReadWindow() {
        ReadershipData d = Logs.load(RES, "simple.csv", Logs.ab());
        assertEquals(Granularity.NONE, d.granularity());
        assertEquals(120, Logs.last24h(d, A));
        assertEquals(7, Logs.last24h(d, B));
        assertEquals(List.of("simple.csv:5: readers out of range"), d.stats().firstBadLines());
        Rankings r = new Ranker().rank(d, Logs.ab().values(), Logs.NOW, RankingSettings.defaults());
        assertEquals(List.of(A, B), r.mostRead().stream().map(x -> x.article().path()).toList());
        assertEquals(List.of(), r.trending()); // undated totals say nothing about change
    }

    @Test
    void readsVisitorsPerHourFromTheSimpleLayout() {
        ReadershipData d = Logs.load(RES, "simple-hourly.csv", Logs.ab());
        assertEquals(Granularity.HOURLY, d.granularity());
        assertEquals(40, d.readers(A).hour(0), 1e-9);
        assertEquals(6, d.readers(A).hour(11), 1e-9);
        assertEquals(6, d.readers(B).hour(11), 1e-9);
        assertEquals(List.of(1L, 1L), List.of(d.stats().outOfWindow(), d.stats().bad()));
    }

    @Test
    void rejectsAnUnknownCsvHeaderWithTheExpectedLayouts() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "url,hits\n/a/,1\n");
        ReadershipException e = assertThrows(ReadershipException.class, () -> Logs.load(dir, "x.csv", Logs.ab()));
        assertEquals("x.csv:1: unrecognised CSV header; expected a Plausible export (date,hostname,page,visits,visitors,"
                + "pageviews,...) or path,views[,visitors][,date|hour]", e.getMessage());
    }

    @Test
    void readsTheSampleAccessLog() {
        ReadershipData d = Logs.load(RES, "access-sample.log", Logs.ab());
        assertEquals(2, Logs.last24h(d, A)); // the 301 and Googlebot do not count
        assertEquals(1, Logs.last24h(d, B)); // 23:00 +0200 is 21:00 UTC
        assertEquals(1, d.readers(B).hour(3)); // exactly 3 h before now: the hour (now-4 h, now-3 h]
        assertEquals(List.of(6L, 1L, 1L, 1L), List.of(d.stats().lines(), d.stats().bots(), d.stats().notViews(), d.stats().notArticles()));
    }
}
