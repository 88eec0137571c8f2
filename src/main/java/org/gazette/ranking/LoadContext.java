package org.gazette.ranking;

/**
 * What every loading worker shares, all immutable: the article index, the path and crawler
 * rules, the per-run salt, the clock and the settings.
 */
record LoadContext(ArticleIndex index, RequestPaths paths, CrawlerMatcher crawlers, long salt, long nowSecond,
                   int horizonHours, RankingSettings settings) {

    /** Hours before now of an event, or -1 when it is after now or beyond the horizon. */
    int hourOf(long epochSecond) {
        long age = nowSecond - epochSecond;
        if (age < 0) {
            return -1;
        }
        long h = age / 3600;
        return h < horizonHours ? (int) h : -1;
    }
}
