package org.gazette.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gazette.model.Article;

/**
 * What a build did, for the summary printed to the editor.
 *
 * @param pagesByKind pages written per kind (article, section, …), in a stable order
 * @param stages      time spent per stage, in execution order
 */
public record BuildReport(
        Map<String, Integer> pagesByKind,
        int filesWritten,
        int published,
        List<Article> scheduled,
        List<Article> drafts,
        Map<String, Duration> stages) {

    public int pages() {
        return pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Duration total() {
        return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
