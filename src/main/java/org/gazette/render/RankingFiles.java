package org.gazette.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.render.view.ArticleCard;

/**
 * {@code data/trending.json} and {@code data/most-read.json}: the ranking lists for scripts and
 * other sites. They carry only our own articles' titles, sections and URLs — nothing from a log.
 */
public final class RankingFiles {
    public static final String TRENDING = "data/trending.json";
    public static final String MOST_READ = "data/most-read.json";

    private RankingFiles() {
    }

    /** Both files by output path, UTF-8 JSON; {@code generatedAt} is the build clock. */
    public static Map<String, byte[]> of(Instant generatedAt, List<ArticleCard> trending, List<ArticleCard> mostRead) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TRENDING, json(generatedAt, trending));
        files.put(MOST_READ, json(generatedAt, mostRead));
        return files;
    }

    private static byte[] json(Instant generatedAt, List<ArticleCard> cards) {
        ObjectNode root = JsonTrees.object();
        root.put("generatedAt", generatedAt.toString());
        ArrayNode items = root.putArray("items");
        int rank = 1;
        for (ArticleCard card : cards) {
            ObjectNode item = items.addObject();
            item.put("rank", rank++);
            item.put("title", card.title());
            item.put("url", card.url());
            item.put("absoluteUrl", card.absoluteUrl());
            item.put("section", card.section().name());
            item.put("sectionUrl", card.section().url());
            item.put("published", card.published().iso());
        }
        return JsonTrees.pretty(root);
    }
}
