package org.gazette.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embed syntax: a fenced block whose info string is {@code embed}, holding a URL and,
 * optionally, a title on the next line. Videos from YouTube and Vimeo become sandboxed,
 * lazy-loading {@code <iframe>}s on their privacy-friendly players; posts from the social hosts
 * (Bluesky, mastodon.social and the site's {@code markdown.embedHosts}) become plain link cards
 * that load nothing from the host. Any other host is an error.
 */
final class Embeds {
    static final String INFO = "embed";
    static final List<String> VIDEO_HOSTS = List.of("youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com");
    static final List<String> POST_HOSTS = List.of("bsky.app", "mastodon.social");

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern YOUTUBE_QUERY = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?([0-9]{1,12})/?");
    private static final String SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";

    private final List<String> postHosts;

    Embeds(List<String> extraPostHosts) {
        List<String> hosts = new ArrayList<>(POST_HOSTS);
        extraPostHosts.stream().filter(h -> !hosts.contains(h)).forEach(hosts::add);
        this.postHosts = List.copyOf(hosts);
    }

    /** An embed the editor wrote wrong; the message and hint go to the editor. */
    static final class EmbedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        EmbedException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /** The HTML for the content of one {@code ```embed} block. */
    String html(String blockContent) throws EmbedException {
        List<String> lines = blockContent.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || lines.size() > 2) {
            throw new EmbedException("an embed block holds one URL and, optionally, a title on the next line",
                    "write ```embed, then https://www.youtube.com/watch?v=…, then ```");
        }
        String written = lines.get(0);
        String title = lines.size() == 2 ? lines.get(1) : null;
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            throw new EmbedException("embed URL '" + written + "' is not a valid URL", "copy the address from the browser");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getRawAuthority() == null || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getPort() != -1) {
            throw new EmbedException("embed URL '" + written + "' must be an https:// address", null);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        switch (bare) {
            case "youtube.com", "youtube-nocookie.com" -> {
                Matcher q = YOUTUBE_QUERY.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
                Matcher p = YOUTUBE_PATH.matcher(path);
                String id = path.equals("/watch") && q.find() ? q.group(1) : p.matches() ? p.group(1) : null;
                return video("https://www.youtube-nocookie.com/embed/" + requireId(id, written),
                        title == null ? "YouTube video" : title, written);
            }
            case "youtu.be" -> {
                String id = path.length() > 1 ? path.substring(1) : null;
                return video("https://www.youtube-nocookie.com/embed/" + requireId(YOUTUBE_ID.matcher(id == null ? "" : id)
                        .matches() ? id : null, written), title == null ? "YouTube video" : title, written);
            }
            case "vimeo.com", "player.vimeo.com" -> {
                Matcher p = VIMEO_PATH.matcher(path);
                return video("https://player.vimeo.com/video/" + requireId(p.matches() ? p.group(1) : null, written)
                        + "?dnt=1", title == null ? "Vimeo video" : title, written);
            }
            default -> {
                if (postHosts.contains(host) || postHosts.contains(bare)) {
                    return "<figure class=\"embed embed-post\"><a href=\"" + escape(uri.toASCIIString())
                            + "\" rel=\"nofollow noopener noreferrer\">" + escape(title == null ? "Post on " + host : title)
                            + "</a><figcaption>" + escape(host) + "</figcaption></figure>\n";
                }
                throw new EmbedException("embeds from '" + host + "' are not allowed",
                        "allowed: " + String.join(", ", VIDEO_HOSTS) + ", " + String.join(", ", postHosts)
                                + "; add a social host to markdown.embedHosts in site.yaml to show its posts as link cards");
            }
        }
    }

    private static String requireId(String id, String written) throws EmbedException {
        if (id == null) {
            throw new EmbedException("embed URL '" + written + "' does not name a video",
                    "use the video's own address, e.g. https://www.youtube.com/watch?v=… or https://vimeo.com/123456");
        }
        return id;
    }

    private static String video(String src, String title, String original) {
        return "<figure class=\"embed embed-video\"><iframe src=\"" + escape(src) + "\" title=\"" + escape(title)
                + "\" width=\"560\" height=\"315\" loading=\"lazy\" sandbox=\"" + SANDBOX
                + "\" referrerpolicy=\"strict-origin-when-cross-origin\" allow=\"fullscreen; picture-in-picture\""
                + " allowfullscreen></iframe><figcaption><a href=\"" + escape(original) + "\" rel=\"nofollow noopener noreferrer\">"
                + escape(title) + "</a></figcaption></figure>\n";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
