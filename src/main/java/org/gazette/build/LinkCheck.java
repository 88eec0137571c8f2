package org.gazette.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links between generated pages, checked as a browser would follow them: every {@code href}
 * and {@code src} on the site (by site path, relative, or absolute under the base URL) must name a
 * generated page or file, and every {@code #fragment} an element id on its target page. External
 * links are not followed.
 */
public final class LinkCheck {
    /** The attributes whose values are links, in the order each element's are checked. */
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src");
    /** A URL with a scheme (RFC 3986): {@code https:…}, {@code mailto:…}; compiled once, not per link. */
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private final SiteSnapshot site;
    private final String baseUrl;
    private final String basePath;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** One broken link: the page it is on (a site path), the link as written, and what is wrong. */
    public record Problem(String page, String link, String message) {
        public String format() {
            return page + ": " + message + " (" + link + ")";
        }
    }

    public LinkCheck(SiteSnapshot site) {
        this.site = site;
        this.baseUrl = site.newsroom().site().baseUrl();
        this.basePath = site.newsroom().site().basePath();
    }

    /** Every broken link on every page, sorted by page and link. */
    public List<Problem> problems() {
        List<Problem> out = site.pages().keySet().parallelStream()
                .flatMap(file -> check(file).stream()).sorted(Comparator.comparing(Problem::page)
                        .thenComparing(Problem::link).thenComparing(Problem::message)).toList();
        return out;
    }

    private List<Problem> check(String file) {
        Document doc = parse(file);
        // Nearly every page links to an anchor of its own (the skip link to #main): its anchors come
        // from this parse, which otherwise the first such link would repeat (a third of the check's time).
        ids.putIfAbsent(file, anchors(doc));
        String page = basePath + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element e : doc.getAllElements()) {
            for (String attr : LINK_ATTRIBUTES) {
                if (!e.hasAttr(attr)) {
                    continue;
                }
                String link = e.attr(attr);
                if (!seen.add(link)) {
                    continue;
                }
                String problem = problem(file, link);
                if (problem != null) {
                    problems.add(new Problem(page, link, problem));
                }
            }
        }
        return problems;
    }

    /** What is wrong with {@code link} on the page at {@code file}, or null. */
    String problem(String file, String link) {
        String url = link.strip();
        if (url.isEmpty() || url.equals("#")) {
            return null;
        }
        String path;
        if (url.startsWith("#")) {
            path = basePath + file + url;
        } else if (url.startsWith(baseUrl)) {
            path = basePath + url.substring(baseUrl.length());
        } else if (url.startsWith("//") || SCHEME.matcher(url).matches()) {
            return null; // another site, mailto:, …
        } else if (url.startsWith("/")) {
            if (!url.startsWith(basePath)) {
                return "link leaves the site's base path " + basePath;
            }
            path = url;
        } else {
            try {
                path = new URI(null, null, basePath + file, null).resolve(new URI(url.replace(" ", "%20"))).toString();
                path = path.substring(path.indexOf('/'));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return "not a valid URL";
            }
        }
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = decode(path.substring(hash + 1));
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target = decode(path.substring(Math.min(path.length(), basePath.length())));
        if (!path.startsWith(basePath) || target.contains("..")) {
            return "link leaves the site's base path " + basePath;
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        if (!site.has(target)) {
            if (site.pages().containsKey(target + "/index.html")) {
                target = target + "/index.html";
            } else {
                return "no generated page or file at " + basePath + target;
            }
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html") && site.pages().containsKey(target)
                && !ids.computeIfAbsent(target, this::idsOf).contains(fragment)) {
            return "no element with id '" + fragment + "' on " + basePath + target;
        }
        return null;
    }

    private Set<String> idsOf(String file) {
        return anchors(parse(file));
    }

    /** What a {@code #fragment} can name on a page: its elements' ids and its anchors' names. */
    private static Set<String> anchors(Document doc) {
        Set<String> out = new HashSet<>();
        for (Element e : doc.getAllElements()) {
            if (e.hasAttr("id")) {
                out.add(e.id());
            } else if (e.nameIs("a") && e.hasAttr("name")) {
                out.add(e.attr("name"));
            }
        }
        return out;
    }

    /** The page parsed from its bytes: jsoup decodes them as it reads, with no String of the whole page made first. */
    private Document parse(String file) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(site.pages().get(file)), StandardCharsets.UTF_8.name(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory: not expected
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
