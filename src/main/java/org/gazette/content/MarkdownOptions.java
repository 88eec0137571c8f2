package org.gazette.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code markdown:} mapping of {@code site.yaml}: what happens to raw HTML in article bodies
 * ({@code escape}, the default, shows it as text; {@code sanitize} keeps the allow-listed
 * elements of {@link RawHtml}) and which extra hosts embeds may show as link cards.
 */
record MarkdownOptions(RawHtmlMode rawHtml, List<String> embedHosts) {
    static final MarkdownOptions DEFAULT = new MarkdownOptions(RawHtmlMode.ESCAPE, List.of());
    private static final Set<String> KEYS = Set.of("rawHtml", "embedHosts");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    enum RawHtmlMode { ESCAPE, SANITIZE }

    MarkdownOptions {
        embedHosts = List.copyOf(embedHosts);
    }

    /** Reads {@code markdown:} from the root of site.yaml; problems are reported where they were written. */
    static MarkdownOptions read(YamlNode siteRoot, Problems problems) {
        if (!(siteRoot instanceof YamlNode.Mapping root) || !root.entries().containsKey("markdown")) {
            return DEFAULT;
        }
        Fields f = Fields.of(root.entries().get("markdown").value(), KEYS, "markdown", problems);
        if (f == null) {
            return DEFAULT;
        }
        RawHtmlMode mode = RawHtmlMode.ESCAPE;
        String raw = f.string("rawHtml", false);
        if ("sanitize".equals(raw)) {
            mode = RawHtmlMode.SANITIZE;
        } else if (raw != null && !raw.equals("escape")) {
            f.error("rawHtml", "'rawHtml' must be escape or sanitize, found '" + raw + "'",
                    "escape shows HTML as text (the default); sanitize keeps only the allow-listed elements");
        }
        List<String> hosts = new ArrayList<>();
        for (Fields.Text host : f.texts("embedHosts")) {
            String h = host.value().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(h).matches() || h.length() > 253) {
                problems.add(host.source(), "embed host '" + host.value() + "' is not a host name",
                        "write the bare host, e.g. social.example.org (no https://, no path)");
            } else if (!hosts.contains(h)) {
                hosts.add(h);
            }
        }
        return new MarkdownOptions(mode, hosts);
    }
}
