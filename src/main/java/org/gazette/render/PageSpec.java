package org.gazette.render;

import java.util.Map;
import org.gazette.render.view.PageView;

/**
 * One page to render: its output path (relative to the site root), its template, and the
 * variables beyond those every page gets.
 */
public record PageSpec(String path, String template, PageView page, Map<String, Object> variables) {
    public PageSpec {
        variables = Map.copyOf(variables);
    }

    /** The file the page is written to, e.g. {@code world/index.html}. */
    public String file() {
        return PagePaths.file(path);
    }
}
