package org.gazette.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Section;

/** Reads {@code content/sections.yaml}: a list of {@code {id, name, description}} in navigation order. */
final class SectionsReader {
    /** First path segments the site itself uses; a section there would collide with them. */
    static final Set<String> RESERVED = Set.of("tags", "authors", "archive", "assets", "images", "articles",
            "page", "data", "feeds", "404");
    private static final Set<String> KEYS = Set.of("id", "name", "description");

    private SectionsReader() {
    }

    static List<Section> read(YamlNode root, Problems problems) {
        if (!(root instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            problems.add(root.source(), "sections.yaml must be a non-empty list of sections",
                    "write one '- id: world' block per section, with name and description");
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
            Fields f = Fields.of(item, KEYS, "a section", problems);
            if (f == null) {
                continue;
            }
            String id = f.string("id", true);
            String name = f.string("name", true);
            if (id == null || name == null) {
                continue;
            }
            if (!Slugs.isValid(id)) {
                f.error("id", "section id '" + id + "' is not URL-safe",
                        "use lowercase letters, digits and dashes, e.g. '" + Slugs.slugify(id) + "'");
            } else if (RESERVED.contains(id)) {
                f.error("id", "section id '" + id + "' is reserved for the site's own pages",
                        "choose another id; reserved: " + String.join(", ", RESERVED.stream().sorted().toList()));
            } else if (seen.containsKey(id)) {
                f.error("id", "duplicate section id '" + id + "' (first at line " + seen.get(id) + ")", null);
            } else {
                seen.put(id, f.source("id").line());
                sections.add(new Section(id, name, f.string("description", false)));
            }
        }
        return sections;
    }
}
