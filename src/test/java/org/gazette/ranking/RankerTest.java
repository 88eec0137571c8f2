package org.gazette.ranking;

import static org.gazette.ranking.Logs.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankerTest {
    private static final RankingSettings S = RankingSettings.defaults();

    private static ArticleRef art(String path, long hoursOld) {
        return ArticleRef.of(path, NOW.minus(Duration.ofHours(hoursOld)));
    }

    /** Readers per hour: {@code from..to-1} hours ago get {@code perHour} each. */
    private static double[] hours(double[] h, int from, int to, double perHour) {
        for (int k = from; k < to; k++) {
            h[k] += perHour;
        }
        return h;
    }

    private static double[] flat(int from, int to, double perHour) {
        return hours(new double[168], from, to, perHour);
    }

    private static ReadershipData data(Granularity g, Map<String, double[]> series) {
        Map<String, ReaderSeries> m = new HashMap<>();
        series.forEach((p, h) -> m.put(p, new ReaderSeries(h, 0)));
        return new ReadershipData(NOW, 168, g, m, new IngestStats(2, 100, 90, 10, 0, 0, 0, List.of(), 0, 0));
    }

    private static List<String> paths(List<Ranked> list) {
        return list.stream().map(r -> r.article().path()).toList();
    }

    @Test
    void ranksMostReadByReadersInTheLast24HoursWithTiesByNewerThenPath() {
        List<ArticleRef> arts = List.of(art("a/", 10), art("b/", 20), art("c/", 20), art("d/", 5), art("e/", 30), art("f/", 40));
        Map<String, double[]> s = Map.of("a/", flat(0, 10, 1), "b/", flat(0, 5, 1), "c/", flat(0, 5, 1),
                "d/", flat(0, 5, 1), "e/", hours(flat(0, 2, 1), 30, 40, 5), "f/", flat(0, 12, 1));
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), arts, NOW, S);
        // e/ has 2 readers in 24 h, below the minimum of 3; five qualify, so the window stays at 24 h
        assertEquals(List.of("f/", "a/", "d/", "b/", "c/"), paths(r.mostRead()));
        assertEquals("#1: 12 readers in the last 24 h (minimum 3); published 40 h ago", r.mostRead().get(0).explanation());
        assertEquals(12, r.mostRead().get(0).score());
    }

    @Test
    void widensMostReadToSevenDaysWhenTooFewArticlesQualify() {
        List<ArticleRef> arts = List.of(art("a/", 100), art("b/", 100), art("c/", 160), art("old/", 24 * 8));
        Map<String, double[]> s = Map.of("a/", flat(0, 4, 1), "b/", flat(30, 40, 1), "c/", flat(100, 120, 1),
                "old/", flat(0, 50, 1));
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), arts, NOW, S);
        assertEquals(List.of("c/", "b/", "a/"), paths(r.mostRead())); // old/ is past the maximum age
        assertEquals(20, r.mostRead().get(0).score());
        assertTrue(r.summary().endsWith("most read 3 (widened to 7 days)"), r.summary());
    }

    @Test
    void neverListsExcludedArticlesNorArticlesPublishedAfterNow() {
        ArticleRef excluded = new ArticleRef("x/", List.of(), NOW.minusSeconds(3600), NOW.plusSeconds(3600), true);
        List<ArticleRef> arts = List.of(excluded, art("a/", 10), ArticleRef.of("future/", NOW.plusSeconds(60)));
        Map<String, double[]> s = Map.of("x/", flat(0, 20, 10), "a/", flat(0, 6, 1), "future/", flat(0, 20, 10));
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), arts, NOW, S);
        assertEquals(List.of("a/"), paths(r.mostRead()));
        assertEquals(List.of("a/"), paths(r.trending()));
    }

    @Test
    void scoresHourlyTrendingAsAccelerationTimesLogMomentum() {
        // recent 6 h: 10 an hour = 60; earlier 42 h: 1 an hour = 42 -> 6 per 6 h.
        // acceleration (60 + 5) / (6 + 5) = 5.9091; momentum = sum readers * 2^-(k+0.5)/4 = 39.2947
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, Map.of("a/", hours(flat(0, 6, 9), 0, 48, 1))),
                List.of(art("a/", 60)), NOW, S);
        assertEquals(21.8413, r.trending().get(0).score(), 1e-4);
        assertTrue(r.trending().get(0).explanation().startsWith("score 21.841 = acceleration 5.909 x ln(1 + momentum 39.295)"),
                r.trending().get(0).explanation());
    }

    @Test
    void keepsSteadyOrThinStoriesOutOfTrending() {
        Map<String, double[]> s = Map.of("steady/", flat(0, 48, 5), "thin/", flat(0, 4, 1), "calmed/", flat(20, 48, 20));
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), List.of(art("steady/", 60), art("thin/", 60), art("calmed/", 60)), NOW, S);
        assertEquals(List.of(), r.trending()); // acceleration 1.0; 4 recent readers < 5; 0 recent
    }

    @Test
    void ratesEarlierReadersOverTheHoursAFreshStoryWasOnline() {
        // published 10 h ago: the earlier part covers 4 h; 8 readers there = 12 per 6 h; recent 6 x 5 = 30.
        Map<String, double[]> s = Map.of("fresh/", hours(flat(0, 6, 5), 6, 10, 2));
        Ranked t = new Ranker().rank(data(Granularity.HOURLY, s), List.of(art("fresh/", 10)), NOW, S).trending().get(0);
        assertTrue(t.explanation().contains("acceleration = (30 + 5) / (12 + 5)"), t.explanation());
    }

    @Test
    void excludesStoriesOlderThanTheTrendingMaximumAge() {
        Map<String, double[]> s = Map.of("a/", flat(0, 6, 10));
        assertEquals(List.of(), new Ranker().rank(data(Granularity.HOURLY, s), List.of(art("a/", 73)), NOW, S).trending());
        assertEquals(1, new Ranker().rank(data(Granularity.HOURLY, s), List.of(art("a/", 72)), NOW, S).trending().size());
    }

    @Test
    void scoresDailyTrendingAsTheLastDayAgainstThePreviousDaysMean() {
        // 96 h old: 3 previous days online. Last 24 h: 48; days 1-3: 12 each -> mean 12.
        // acceleration (48 + 5) / (12 + 5) = 3.1176; momentum 48/2^0.5 + 12/2^1.5 + 12/2^2.5 + 12/2^3.5 = 41.3657
        Map<String, double[]> s = Map.of("a/", hours(flat(0, 24, 2), 24, 96, 0.5));
        RankingSettings older = S.toBuilder().trendingMaxAge(Duration.ofDays(5)).build();
        Ranked t = new Ranker().rank(data(Granularity.DAILY, s), List.of(art("a/", 96)), NOW, older).trending().get(0);
        assertEquals(11.6798, t.score(), 1e-4);
    }

    @Test
    void putsEditorPinsFirstInTheirOrderAndNeverExcludedOnes() {
        ArticleRef p2 = new ArticleRef("p2/", List.of(), NOW.minus(Duration.ofDays(30)), NOW.plusSeconds(60), false);
        ArticleRef p1 = new ArticleRef("p1/", List.of(), NOW.minusSeconds(60), NOW.plusSeconds(7200), false);
        ArticleRef expired = new ArticleRef("old-pin/", List.of(), NOW.minusSeconds(60), NOW, false);
        ArticleRef excludedPin = new ArticleRef("x/", List.of(), NOW.minusSeconds(60), NOW.plusSeconds(60), true);
        List<ArticleRef> arts = new ArrayList<>(List.of(p2, art("hot/", 10), expired, excludedPin, p1));
        Map<String, double[]> s = Map.of("hot/", flat(0, 6, 10), "p1/", flat(0, 6, 100));
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), arts, NOW, S);
        assertEquals(List.of("p2/", "p1/", "hot/"), paths(r.trending()));
        assertEquals("pinned by the editor until 2024-07-01T00:01:00Z", r.trending().get(0).explanation());
    }

    @Test
    void showsOnlyPinsAndSaysSoWithoutData() {
        ArticleRef pin = new ArticleRef("p/", List.of(), NOW.minusSeconds(60), NOW.plusSeconds(60), false);
        Rankings r = new Ranker().rank(ReadershipData.empty(NOW), List.of(pin, art("a/", 1)), NOW, S);
        assertEquals(List.of("p/"), paths(r.trending()));
        assertEquals(List.of(), r.mostRead());
        assertEquals("no readership data: trending shows editor pins only, most read omitted", r.summary());
    }

    @Test
    void summarisesReadersFilesAndListsInOneLine() {
        Map<String, double[]> s = Map.of("a/", flat(0, 48, 1), "b/", flat(0, 6, 10));
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), List.of(art("a/", 50), art("b/", 50)), NOW, S);
        assertEquals("rankings: 108 readers in 48 h from 2 files (skipped 10 bot lines); trending 1, most read 2"
                + " (widened to 7 days)", r.summary());
    }

    @Test
    void limitsBothListsToTheirLengths() {
        Map<String, double[]> s = new HashMap<>();
        List<ArticleRef> arts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            s.put("a" + i + "/", flat(0, 6, 10 + i));
            arts.add(art("a" + i + "/", 30));
        }
        Rankings r = new Ranker().rank(data(Granularity.HOURLY, s), arts, NOW, S);
        assertEquals(5, r.trending().size());
        assertEquals(10, r.mostRead().size());
        assertEquals("a19/", r.mostRead().get(0).article().path());
    }

    @Test
    void refusesDataLoadedForAnotherClock() {
        Map<String, double[]> s = Map.of("a/", flat(0, 6, 10));
        Instant later = NOW.plusSeconds(1);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Ranker().rank(data(Granularity.HOURLY, s), List.of(art("a/", 1)), later, S)).getMessage()
                .contains("same build clock"));
    }
}
