package org.gazette.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.model.Author;
import org.gazette.model.Image;
import org.gazette.model.Link;

/** Reads one {@code content/authors/<id>.yaml}; the file name is the author's id. */
final class AuthorReader {
    private static final Set<String> KEYS = Set.of("name", "bio", "photo", "links");
    private static final Set<String> PHOTO_KEYS = Set.of("src", "alt");
    private static final Set<String> LINK_KEYS = Set.of("name", "url");

    private AuthorReader() {
    }

    static Author read(String id, YamlNode root, Path file, ImageFiles images, Problems problems) {
        Fields f = Fields.of(root, KEYS, "an author file", problems);
        if (f == null) {
            return null;
        }
        String name = f.string("name", true);
        Image photo = null;
        if (f.has("photo")) {
            Fields p = Fields.of(f.node("photo"), PHOTO_KEYS, "photo", problems);
            if (p != null) {
                String src = p.string("src", true);
                String alt = p.string("alt", false);
                if (src != null) {
                    try {
                        photo = images.resolve(src, file, alt == null ? name : alt, null, null);
                    } catch (ImageFiles.ImageException e) {
                        p.error("src", e.getMessage(), e.hint());
                    }
                }
            }
        }
        List<Link> links = new ArrayList<>();
        YamlNode linkNodes = f.node("links");
        if (linkNodes instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                Fields l = Fields.of(item, LINK_KEYS, "a link", problems);
                if (l == null) {
                    continue;
                }
                String linkName = l.string("name", true);
                String url = l.string("url", true);
                if (url != null && !Urls.isSafe(url)) {
                    l.error("url", "link '" + url + "' must be an http(s) or mailto address, or a site path starting with /", null);
                } else if (linkName != null && url != null) {
                    links.add(new Link(linkName, url));
                }
            }
        } else if (linkNodes != null && !(linkNodes instanceof YamlNode.Scalar s && s.isNull())) {
            f.error("links", "'links' must be a list of {name, url}", "write '- name: Mastodon' then '  url: https://…'");
        }
        return name == null ? null : new Author(id, name, f.string("bio", false), photo, links);
    }
}
