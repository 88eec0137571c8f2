package org.gazette.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import org.gazette.content.ContentFingerprint;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.JsonTrees;

/**
 * {@code data/build.json}: when the site was built, what it was built from, and when the next
 * scheduled article is due, so a scheduler can rebuild exactly then and {@code rank} can tell
 * whether the published site still matches the newsroom; {@code minified} says whether the theme's
 * CSS and JS were published minified, so {@code rank} links the same asset files.
 */
record BuildState(Instant generatedAt, String content, String published, Instant nextPublish, boolean minified) {
    static final String PATH = "data/build.json";

    static BuildState of(Newsroom newsroom, Path source) {
        return of(newsroom, ContentFingerprint.of(source), true);
    }

    /** @param content the newsroom's {@link ContentFingerprint}, computed once per build */
    static BuildState of(Newsroom newsroom, String content, boolean minified) {
        Instant next = newsroom.scheduled().stream().map(Article::published).min(Comparator.naturalOrder())
                .map(ZonedDateTime::toInstant).orElse(null);
        return new BuildState(newsroom.now(), content,
                ContentFingerprint.ofPublished(newsroom.published().stream().map(Article::path).toList()), next, minified);
    }

    byte[] json() {
        ObjectNode root = JsonTrees.object();
        root.put("generatedAt", generatedAt.toString());
        if (nextPublish == null) {
            root.putNull("nextPublish");
        } else {
            root.put("nextPublish", nextPublish.toString());
        }
        root.put("contentFingerprint", content);
        root.put("publishedFingerprint", published);
        root.put("minified", minified);
        return JsonTrees.pretty(root);
    }

    /** The state recorded in a built site, or null when there is none. */
    static BuildState read(Path site) {
        Path file = site.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile()); // read by gazette rank alone: builds only write
            JsonNode next = root.get("nextPublish");
            return new BuildState(Instant.parse(root.get("generatedAt").asText()), root.get("contentFingerprint").asText(),
                    root.get("publishedFingerprint").asText(),
                    next == null || next.isNull() ? null : Instant.parse(next.asText()),
                    !root.has("minified") || root.get("minified").asBoolean(true));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
