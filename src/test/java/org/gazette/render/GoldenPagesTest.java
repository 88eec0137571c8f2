package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One page of each kind from the basic fixture, compared byte for byte with the reviewed copy
 * under {@code src/test/resources/golden/}. After an intended change to the theme or the model,
 * regenerate them with {@code mvn test -Dtest=GoldenPagesTest -Dgazette.updateGolden=true} and
 * review the diff before committing it.
 */
class GoldenPagesTest {
    private static final boolean UPDATE = Boolean.getBoolean("gazette.updateGolden");
    private static final Path GOLDEN = Builds.repo().resolve("src/test/resources/golden/basic");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Builds.build(Newsrooms.basic(), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "index.html",
        "world/2023/10/13/harbour-bridge-opens/index.html",
        "politics/2024/03/05/elections-explained/index.html",
        "world/index.html",
        "world/page/2/index.html",
        "tags/index.html",
        "tags/harbour/index.html",
        "authors/index.html",
        "authors/anna-berg/index.html",
        "archive/index.html",
        "archive/2023/10/index.html",
        "404.html"})
    void pageMatchesItsGoldenCopy(String page) throws IOException {
        String actual = Files.readString(out.resolve(page));
        Path golden = GOLDEN.resolve(page);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual,
                page + " differs from its golden copy; if the change is intended, regenerate with -Dgazette.updateGolden=true");
    }
}
