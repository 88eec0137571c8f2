package org.gazette.ranking;

import static org.gazette.ranking.Logs.A;
import static org.gazette.ranking.Logs.B;
import static org.gazette.ranking.Logs.FIREFOX;
import static org.gazette.ranking.Logs.SAFARI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountingTest {
    @TempDir
    Path dir;

    @Test
    void countsOneViewPerReaderPerDay() throws Exception {
        new Logs().view("192.0.2.1", 10, "/" + A).view("192.0.2.1", 70, "/" + A) // same reader, same day
                .view("192.0.2.1", 25 * 60, "/" + A)                                 // same reader, previous day
                .view("192.0.2.2", 30, "/" + A)                                       // another address
                .add("192.0.2.1", 40, "GET", "/" + A, 200, SAFARI)                    // same address, other browser
                .write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        ReaderSeries r = d.readers(A);
        assertEquals(3, r.sum(0, 24));
        assertEquals(1, r.hour(1)); // the earliest view of the day (70 min ago) holds the reader
        assertEquals(4, r.sum(0, 48));
        assertEquals(5, d.stats().counted());
    }

    @Test
    void neverCountsCrawlersEmptyDashOrShortUserAgents() throws Exception {
        new Logs().add("192.0.2.1", 5, "GET", "/" + A, 200, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .add("192.0.2.2", 5, "GET", "/" + A, 200, "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)")
                .add("192.0.2.3", 5, "GET", "/" + A, 200, "python-requests/2.31.0")
                .add("192.0.2.4", 5, "GET", "/" + A, 200, "Mozilla/5.0 HEADLESSCHROME/120.0")
                .add("192.0.2.5", 5, "GET", "/" + A, 200, "")
                .add("192.0.2.6", 5, "GET", "/" + A, 200, "-")
                .add("192.0.2.7", 5, "GET", "/" + A, 200, "Mozilla/5")
                .add("192.0.2.8", 5, "GET", "/" + A, 200, "Mozilla/5.")      // exactly 10: a person
                .write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(7, d.stats().bots());
        assertEquals(1, Logs.last24h(d, A));
    }

    @Test
    void countsOnlyGetAnswered200Or304() throws Exception {
        new Logs().add("192.0.2.1", 5, "GET", "/" + A, 200, FIREFOX)
                .add("192.0.2.2", 5, "GET", "/" + A, 304, FIREFOX)
                .add("192.0.2.3", 5, "HEAD", "/" + A, 200, FIREFOX)
                .add("192.0.2.4", 5, "POST", "/" + A, 200, FIREFOX)
                .add("192.0.2.5", 5, "GET", "/world/2024/06/30/a", 301, FIREFOX)
                .add("192.0.2.6", 5, "GET", "/" + A, 404, FIREFOX)
                .add("192.0.2.7", 5, "GET", "/" + A, 503, FIREFOX)
                .write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(2, Logs.last24h(d, A));
        assertEquals(5, d.stats().notViews());
    }

    @Test
    void doesNotCountAssetsHomeOrUnknownPages() throws Exception {
        new Logs().view("192.0.2.1", 5, "/").view("192.0.2.1", 5, "/images/stock-01.png")
                .view("192.0.2.1", 5, "/world/2024/06/30/a/photo.jpg").view("192.0.2.1", 5, "/section/world/")
                .view("192.0.2.1", 5, "/wp-login.php").view("192.0.2.1", 5, "/" + B)
                .write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(5, d.stats().notArticles());
        assertEquals(1, Logs.last24h(d, B));
        assertEquals(0, Logs.last24h(d, A));
    }

    @Test
    void dropsAllViewsOfAClientInAnHourWithTooManyViews() throws Exception {
        Logs logs = new Logs();
        for (int i = 0; i < 61; i++) {
            logs.view("198.51.100.77", 120 + i % 30, "/" + A);        // 61 views within hour 2
        }
        for (int i = 0; i < 60; i++) {
            logs.view("198.51.100.78", 300 + i % 30, "/" + B);        // 60 views: allowed, one reader
        }
        logs.view("198.51.100.77", 600, "/" + B);                      // same client, calm hour: counts
        logs.write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(61, d.stats().floodDropped());
        assertEquals(0, Logs.last24h(d, A));
        assertEquals(2, Logs.last24h(d, B));
        assertEquals(61, d.stats().counted());
    }

    @Test
    void dropsAFloodThatStraddlesAnHourBoundaryWhole() throws Exception {
        Logs logs = new Logs();
        for (int i = 0; i < 200; i++) {
            logs.view("198.51.100.77", 58 + i % 10, "/" + A); // 40 views in hour 0, 160 in hour 1
        }
        logs.write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(200, d.stats().floodDropped());
        assertEquals(0, Logs.last24h(d, A));
    }

    @Test
    void aFloodOfOneHundredThousandLinesChangesNoRanking() throws Exception {
        Logs base = new Logs();
        for (int r = 0; r < 8; r++) {
            base.view("192.0.2." + r, 30 + r, "/" + A);
        }
        for (int r = 0; r < 5; r++) {
            base.view("192.0.2." + (100 + r), 30 + r, "/" + B);
        }
        base.write(dir.resolve("calm.log"));
        for (int i = 0; i < 100_000; i++) {
            base.view("203.0.113.9", i % (48 * 60), "/" + B);
        }
        base.write(dir.resolve("flood.log"));
        RankingSettings s = RankingSettings.defaults().toBuilder().mostReadMinArticles(1).build();
        Rankings calm = new Ranker().rank(Logs.load(dir, "calm.log", Logs.ab(), s), Logs.ab().values(), Logs.NOW, s);
        ReadershipData fd = Logs.load(dir, "flood.log", Logs.ab(), s);
        Rankings flood = new Ranker().rank(fd, Logs.ab().values(), Logs.NOW, s);
        assertEquals(100_000, fd.stats().floodDropped());
        assertEquals(calm.mostRead(), flood.mostRead());
        assertEquals(calm.trending(), flood.trending());
    }

    @Test
    void ignoresViewsAfterNowAndBeyondTheLongestWindow() throws Exception {
        new Logs().view("192.0.2.1", -5, "/" + A).view("192.0.2.2", 8 * 24 * 60, "/" + A).view("192.0.2.3", 0, "/" + A)
                .write(dir.resolve("access.log"));
        ReadershipData d = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(2, d.stats().outOfWindow());
        assertEquals(1, Logs.last24h(d, A));
    }

    @Test
    void aLineOlderThanTheLongestWindowIsNotLookedAtFurther() throws Exception {
        new Logs().add("192.0.2.1", 8 * 24 * 60, "GET", "/" + A, 200, "curl/8.4.0")
                .view("192.0.2.2", 8 * 24 * 60, "/no-such-article/").add("192.0.2.4", 8 * 24 * 60, "HEAD", "/", 200, FIREFOX)
                .add("192.0.2.3", 5, "GET", "/" + A, 200, "curl/8.4.0").write(dir.resolve("access.log"));
        IngestStats s = Logs.load(dir, "access.log", Logs.ab()).stats();
        // A bot, a non-article and a HEAD request of eight days ago count as out of the window; the bot of now as a bot.
        assertEquals(List.of(3L, 1L, 0L, 0L), List.of(s.outOfWindow(), s.bots(), s.notArticles(), s.notViews()));
    }

    @Test
    void accountsForEveryLineInExactlyOneBucket() throws Exception {
        new Logs().view("192.0.2.1", 5, "/" + A).add("192.0.2.1", 5, "GET", "/" + A, 200, "curl/8.4.0")
                .view("192.0.2.1", 5, "/").add("192.0.2.1", 5, "HEAD", "/", 200, FIREFOX).raw("garbage")
                .view("192.0.2.1", -60, "/" + A).write(dir.resolve("access.log"));
        IngestStats s = Logs.load(dir, "access.log", Logs.ab()).stats();
        assertEquals(6, s.lines());
        // One line built for each bucket: a line counted twice and another dropped would not balance out.
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L, 0L),
                List.of(s.counted(), s.bots(), s.notArticles(), s.notViews(), s.bad(), s.outOfWindow(), s.floodDropped()));
        assertEquals(s.lines(), s.counted() + s.floodDropped() + s.bots() + s.notViews() + s.notArticles()
                + s.outOfWindow() + s.bad());
    }
}
