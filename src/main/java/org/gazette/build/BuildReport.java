package org.gazette.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gazette.model.Article;

/**
 * What a build did, for the summary printed to the editor.
 *
 * @param now         the build clock the site was built at
 * @param pagesByKind pages written per kind (article, section, …), in a stable order
 * @param rankings    one line on the readership data and the lists it gave
 * @param stages      time spent per stage, in execution order
 * @param warnings    things worth an editor's attention that did not stop the build, one line each
 * @param upToDate    true when the site was already built from the same inputs and clock, and nothing was written
 * @param rendered    how many pages were rendered; the others were kept as published
 */
public record BuildReport(
        java.time.Instant now,
        Map<String, Integer> pagesByKind,
        int filesWritten,
        int published,
        List<Article> scheduled,
        List<Article> drafts,
        String rankings,
        Map<String, StageTime> stages,
        List<String> warnings,
        boolean upToDate,
        int rendered) {

    public BuildReport {
        warnings = List.copyOf(warnings);
    }

    /** The next scheduled article (the earliest), or null: a scheduler rebuilds at its publish time. */
    public Article nextScheduled() {
        return scheduled.stream().min(java.util.Comparator.comparing(Article::published)).orElse(null);
    }

    /** A build that found the site already built from the same inputs and clock, and wrote nothing. */
    public static BuildReport upToDate(java.time.Instant now, Map<String, StageTime> stages) {
        return new BuildReport(now, Map.of(), 0, 0, List.of(), List.of(), "", stages, List.of(), true, 0);
    }

    public int pages() {
        return pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Duration total() {
        return stages.values().stream().map(StageTime::wall).reduce(Duration.ZERO, Duration::plus);
    }
}
