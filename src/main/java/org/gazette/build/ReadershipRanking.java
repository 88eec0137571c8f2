package org.gazette.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.ranking.ArticleRef;
import org.gazette.ranking.Ranked;
import org.gazette.ranking.Ranker;
import org.gazette.ranking.RankingParameters;
import org.gazette.ranking.RankingSettings;
import org.gazette.ranking.Rankings;
import org.gazette.ranking.ReadershipData;
import org.gazette.ranking.ReadershipLoader;

/**
 * The rank stage: reads the newsroom's readership data and turns it into the Trending and Most
 * Read lists of published articles, at the build clock.
 */
final class ReadershipRanking {
    private ReadershipRanking() {
    }

    /** The lists as articles, with the engine's own result for reports and {@code --explain}. */
    record Result(List<Article> trending, List<Article> mostRead, Rankings rankings) {
        Result {
            trending = List.copyOf(trending);
            mostRead = List.copyOf(mostRead);
        }
    }

    /**
     * @param sourcesOverride files or globs given on the command line (relative to the newsroom
     *                        folder), or null for the ones in site.yaml
     */
    static Result rank(Newsroom newsroom, Path source, List<String> sourcesOverride) {
        Instant now = newsroom.now();
        RankingSettings settings = RankingParameters.apply(newsroom.site().analytics().rankings());
        Map<String, ArticleRef> byPath = new LinkedHashMap<>();
        Map<String, Article> articles = new HashMap<>();
        for (Article a : newsroom.published()) {
            byPath.put(a.path(), new ArticleRef(a.path(), a.aliases(), a.published().toInstant(),
                    a.pinnedUntil() == null ? null : a.pinnedUntil().toInstant(), a.rankingExcluded()));
            articles.put(a.path(), a);
        }
        List<String> sources = sourcesOverride != null ? sourcesOverride : newsroom.site().analytics().sources();
        ReadershipData data = sources.isEmpty() ? ReadershipData.empty(now)
                : new ReadershipLoader(newsroom.site().basePath()).load(source, sources, byPath, now, settings);
        Rankings rankings = new Ranker().rank(data, byPath.values(), now, settings);
        return new Result(articlesOf(rankings.trending(), articles), articlesOf(rankings.mostRead(), articles), rankings);
    }

    private static List<Article> articlesOf(List<Ranked> ranked, Map<String, Article> articles) {
        List<Article> out = new ArrayList<>();
        ranked.forEach(r -> out.add(articles.get(r.article().path())));
        return out;
    }
}
