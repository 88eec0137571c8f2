package org.gazette.build;

import java.util.HashMap;
import java.util.Map;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.PageSpec;

/**
 * Names the source of each page for output collisions: an article's page and its redirect
 * pages name the article file, so "two sources want the same output file" points at what to
 * rename.
 */
final class PageOrigins {
    private final Map<String, String> byPath = new HashMap<>();

    PageOrigins(Newsroom newsroom) {
        for (Article a : newsroom.published()) {
            byPath.put(a.path(), a.source().file() + " (its page /" + a.path() + ")");
            a.aliases().forEach(alias -> byPath.putIfAbsent(alias, a.source().file() + " (alias /" + alias + ")"));
        }
    }

    String of(PageSpec page) {
        return byPath.getOrDefault(page.path(), "the site's page /" + page.path());
    }
}
