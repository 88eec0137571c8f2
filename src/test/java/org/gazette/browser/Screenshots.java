package org.gazette.browser;

import java.nio.file.Path;
import org.gazette.testing.Builds;

/** Where screenshots go for people to look at: {@code target/screenshots/<page>-<width>[-dark].png}. */
final class Screenshots {
    private Screenshots() {
    }

    static Path file(String page, Viewport viewport, boolean dark) {
        return Builds.repo().resolve("target/screenshots")
                .resolve(page + "-" + viewport.width() + (dark ? "-dark" : "") + ".png");
    }
}
