package org.gazette.ranking;

import static org.gazette.ranking.Logs.A;
import static org.gazette.ranking.Logs.B;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
}
