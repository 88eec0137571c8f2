package org.gazette.content;

import java.util.Map;
import org.gazette.model.Author;
import org.gazette.model.Section;
import org.gazette.model.SiteSettings;

/** What reading an article needs from the rest of the newsroom; shared, read-only, across threads. */
record ArticleContext(
        SiteSettings site,
        Map<String, Section> sections,
        Map<String, Author> authors,
        YamlReader yaml,
        MarkdownRenderer markdown,
        ImageFiles images) {
}
