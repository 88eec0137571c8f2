package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.content.ContentFingerprint;
import org.gazette.io.IoErrors;

/**
 * The theme's static files as published: each under a name carrying the first 8 hex digits of the
 * SHA-256 of its published bytes ({@code css/gazette.css} → {@code assets/css/gazette.1a2b3c4d.css}),
 * so they can be cached for ever and a change is never masked by a stale copy; CSS and JS are
 * minified first when {@code minify} is on (production builds). Without {@code fingerprint} (a preview
 * that serves the theme folder as it is) files keep their own names.
 */
public final class ThemeAssets {
    /** One published asset: its path relative to the site root and its bytes. */
    public record Asset(String outputPath, byte[] bytes) {
    }

    private final Map<String, Asset> byName;

    public ThemeAssets(Theme theme, boolean fingerprint, boolean minify) {
        Map<String, Asset> out = new TreeMap<>();
        theme.assets().forEach((name, file) -> out.put(name, asset(name, file, fingerprint, minify)));
        this.byName = Collections.unmodifiableMap(out);
    }

    /** The published assets by their name in the theme ({@code css/gazette.css}). */
    public Map<String, Asset> all() {
        return byName;
    }

    /** The published path of a theme file, or null when the theme has no such file. */
    String outputPath(String name) {
        Asset asset = byName.get(name);
        return asset == null ? null : asset.outputPath();
    }

    private static Asset asset(String name, Path file, boolean fingerprint, boolean minify) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme asset " + name + ": " + IoErrors.reason(e), e);
        }
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        String ext = dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (minify && ext.equals("css")) {
            bytes = Minifier.css(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } else if (minify && ext.equals("js")) {
            bytes = Minifier.js(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        if (!fingerprint) {
            return new Asset("assets/" + name, bytes);
        }
        String hash = HexFormat.of().formatHex(ContentFingerprint.sha256().digest(bytes)).substring(0, 8);
        String fingerprinted = dot > slash ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
        return new Asset("assets/" + fingerprinted, bytes);
    }

}
