package org.gazette.ranking;

import java.util.List;
import java.util.Objects;

/**
 * The two lists a build shows, and one line for the build output.
 *
 * @param trending editor pins first, then accelerating stories; never longer than the setting
 * @param mostRead most unique readers over the window; empty without readership data
 * @param summary  e.g. {@code rankings: 14,203 readers in 48 h from 2 files; trending 5, most read 10}
 */
public record Rankings(List<Ranked> trending, List<Ranked> mostRead, String summary) {

    public Rankings {
        trending = List.copyOf(trending);
        mostRead = List.copyOf(mostRead);
        Objects.requireNonNull(summary, "summary");
    }
}
