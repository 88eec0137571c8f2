package org.gazette.render;

import org.gazette.model.SiteSettings;

/** Turns output paths (relative to the site root, e.g. {@code world/page/2/}) into links. */
record SitePaths(String basePath, String baseUrl) {

    static SitePaths of(SiteSettings site) {
        return new SitePaths(site.basePath(), site.baseUrl());
    }

    /** A link that works wherever the site is hosted under its base path. */
    String url(String path) {
        return basePath + path;
    }

    String absolute(String path) {
        return baseUrl + path;
    }
}
