package org.gazette.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.gazette.model.Newsroom;

/**
 * A whole site held in memory instead of written to a folder (for {@code serve} and {@code check}):
 * every page's HTML and every data file by output path, the feeds and sitemaps computed on first
 * use, and the pictures and theme assets as the files they are copied from.
 *
 * @param newsroom  the newsroom as a build publishes it (drafts and scheduled articles apart)
 * @param shown     the newsroom the pages show (with drafts and scheduled articles in a preview)
 * @param pages     output path ({@code world/index.html}) → HTML
 * @param data      ranking JSON files
 * @param feeds     feeds, sitemaps, robots.txt and {@code data/build.json}, made on first call
 * @param files     pictures and theme assets: output path → source file
 * @param rendered  pages rendered for this snapshot (the others were unchanged)
 */
public record SiteSnapshot(Newsroom newsroom, Newsroom shown, Map<String, byte[]> pages, Map<String, byte[]> data,
                           Supplier<Map<String, byte[]>> feeds, Map<String, Path> files, int rendered) {
    public SiteSnapshot {
        pages = Map.copyOf(pages);
        data = Map.copyOf(data);
        files = Map.copyOf(files);
    }

    /** Bytes generated for {@code path} (a page, data file or feed), or null. */
    public byte[] generated(String path) {
        byte[] page = pages.get(path);
        if (page != null) {
            return page;
        }
        byte[] d = data.get(path);
        return d != null ? d : feeds.get().get(path);
    }

    /** Whether a build would write a file at {@code path}. */
    public boolean has(String path) {
        return pages.containsKey(path) || data.containsKey(path) || files.containsKey(path) || feeds.get().containsKey(path);
    }
}
