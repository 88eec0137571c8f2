package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds internal links and image references in a generated site that point at no generated file. */
public final class LinkCheck {
    private LinkCheck() {
    }

    /** Every broken reference as {@code page -> url}; {@code basePath} is e.g. {@code /} or {@code /news/}. */
    public static List<String> broken(Path site, String basePath) {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (!resolves(site, basePath, url)) {
                        broken.add(site.relativize(html) + " -> " + url);
                    }
                }
                for (Element img : doc.select("img[srcset]")) {
                    for (String candidate : img.attr("srcset").split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!resolves(site, basePath, url)) {
                            broken.add(site.relativize(html) + " -> " + url + " (srcset)");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }

    /** External and in-page links count as resolving; internal ones must name a generated file. */
    static boolean resolves(Path site, String basePath, String url) {
        if (url.startsWith("#") || url.startsWith("mailto:") || url.matches("^[a-z]+://.*")) {
            return true;
        }
        if (!url.startsWith(basePath)) {
            return false;
        }
        String path = url.substring(basePath.length()).replaceAll("[?#].*$", "");
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return Files.isRegularFile(site.resolve(path).normalize());
    }
}
