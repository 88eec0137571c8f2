package org.gazette.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.render.PageSpec;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.SectionBlock;

/**
 * Where each page and each article's card is in a plan: every page's place by its file, and for every
 * article URL the pages whose variables hold its card — its own page, redirects, listings, the front page's
 * lead, latest and section blocks, other articles' "More from the section". Made once per full plan;
 * it stays true while no article moves (same URL, date, section, authors, tags, status), because
 * then every page lists the same articles. The Trending and Most Read blocks are not in it: they
 * are the same on every page.
 */
final class CardIndex {
    private static final int[] NONE = new int[0];
    private final Map<String, Integer> places;
    private final Map<String, int[]> pages;

    private CardIndex(Map<String, Integer> places, Map<String, int[]> pages) {
        this.places = places;
        this.pages = pages;
    }

    static CardIndex of(List<PageSpec> plan) {
        Map<String, Integer> places = new HashMap<>();
        Map<String, List<Integer>> found = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            int page = i;
            places.put(plan.get(i).file(), i);
            for (Object value : plan.get(i).variables().values()) {
                cards(value, card -> {
                    List<Integer> at = found.computeIfAbsent(card.url(), k -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != page) {
                        at.add(page);
                    }
                });
            }
        }
        Map<String, int[]> out = new HashMap<>();
        found.forEach((url, at) -> out.put(url, at.stream().mapToInt(Integer::intValue).toArray()));
        return new CardIndex(places, out);
    }

    /** The place in the plan of the page written to {@code file}, or -1. */
    int place(String file) {
        return places.getOrDefault(file, -1);
    }

    /** The places in the plan of the pages that show the card of the article at {@code url}, ascending. */
    int[] pagesShowing(String url) {
        return pages.getOrDefault(url, NONE);
    }

    /** {@code page} with every card of {@code card}'s article replaced by {@code card}; the rest as it was. */
    static PageSpec swap(PageSpec page, ArticleCard card) {
        Map<String, Object> variables = new LinkedHashMap<>();
        page.variables().forEach((name, value) -> variables.put(name, swap(value, card)));
        return new PageSpec(page.path(), page.template(), page.page(), variables);
    }

    @SuppressWarnings("unchecked")
    private static Object swap(Object value, ArticleCard card) {
        if (value instanceof ArticleCard c) {
            return c.url().equals(card.url()) ? card : c;
        }
        if (value instanceof SectionBlock b) {
            return new SectionBlock(b.section(), (List<ArticleCard>) swap(b.articles(), card));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> swap(v, card)).toList();
        }
        return value;
    }

    private static void cards(Object value, java.util.function.Consumer<ArticleCard> to) {
        if (value instanceof ArticleCard c) {
            to.accept(c);
        } else if (value instanceof SectionBlock b) {
            b.articles().forEach(to);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> cards(v, to));
        }
    }
}
