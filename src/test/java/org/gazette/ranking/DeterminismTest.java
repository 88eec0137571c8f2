package org.gazette.ranking;

import static org.gazette.ranking.Logs.A;
import static org.gazette.ranking.Logs.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void givesTheSameDataAndListsForTheSameInputDespiteARandomSalt() throws Exception {
        Logs logs = new Logs();
        for (int i = 0; i < 3000; i++) {
            logs.view("192.0.2." + (i % 200), (i * 7L) % (72 * 60), i % 3 == 0 ? "/" + B : "/" + A);
        }
        logs.write(dir.resolve("access.log"));
        ReadershipData first = Logs.load(dir, "access.log", Logs.ab());
        ReadershipData second = Logs.load(dir, "access.log", Logs.ab());
        assertEquals(first, second);
        RankingSettings s = RankingSettings.defaults();
        assertEquals(new Ranker().rank(first, Logs.ab().values(), Logs.NOW, s),
                new Ranker().rank(second, Logs.ab().values(), Logs.NOW, s));
    }

    @Test
    void givesTheSameDataWhateverTheNumberOfThreadsAndParts() throws Exception {
        // Visitors are folded in parts, one per thread: the flood rule and the one-reader-a-day rule
        // look at one visitor at a time, so any split must give the same readers and flooded views.
        // Three files, so that a visitor's views (and each flood) come from several workers' tables.
        Logs[] files = {new Logs(), new Logs(), new Logs()};
        for (int i = 0; i < 6000; i++) {
            files[i % 3].view("192.0.2." + (i % 250), (i * 13L) % (72 * 60), i % 4 == 0 ? "/" + B : "/" + A);
        }
        for (int i = 0; i < 400; i++) { // two floods, one across an hour's end
            files[i % 3].view("198.51.100.7", 30 * 60 + i % 50, "/" + A);
            files[(i + 1) % 3].view("198.51.100.8", 9 * 60 + 40 + i % 40, "/" + B);
        }
        for (int f = 0; f < files.length; f++) {
            files[f].write(dir.resolve("access.log." + f));
        }
        RankingSettings s = RankingSettings.defaults();
        ReadershipData one = new ReadershipLoader("/", CrawlerMatcher.shipped(), 1)
                .load(dir, List.of("access.log.*"), Logs.ab(), Logs.NOW, s);
        assertEquals(800, one.stats().floodDropped(), "both floods dropped whole, nothing else: " + one.stats());
        assertTrue(Logs.last24h(one, A) > 0 && Logs.last24h(one, B) > 0, "readers of both articles");
        for (int threads : new int[] {2, 3, 7}) {
            ReadershipData many = new ReadershipLoader("/", CrawlerMatcher.shipped(), threads)
                    .load(dir, List.of("access.log.*"), Logs.ab(), Logs.NOW, s);
            assertEquals(one, many, threads + " threads");
        }
    }
}
