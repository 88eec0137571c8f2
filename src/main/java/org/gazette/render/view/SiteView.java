package org.gazette.render.view;

import java.util.List;

/** The newsroom's settings and navigation, on every page as {@code site}. */
public record SiteView(String title, String description, String baseUrl, String homeUrl, String language,
                       String locale, PublisherView publisher, List<SectionView> sections, String archiveUrl,
                       String tagsUrl, String authorsUrl, DateTimeView generatedAt) {
    public SiteView {
        sections = List.copyOf(sections);
    }
}
