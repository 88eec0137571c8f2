package org.gazette.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.io.IoErrors;
import org.gazette.model.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with file positions, rejecting what an editor never
 * needs and an attacker would use: anchors, aliases, merge keys, duplicate keys, deep nesting and
 * huge documents. Thread-safe; build one and share it.
 */
public final class YamlReader {
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_DEPTH = 20;

    private final StrictYamlFactory factory;

    public YamlReader() {
        // The engines' own limits sit above ours, so the editor gets our message, with a position.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS + 1024);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(0);
        factory = new StrictYamlFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 10).maxStringLength(MAX_CHARS + 1024).build()));
    }

    /** Thrown for YAML the reader refuses; {@link #error()} carries the position. */
    public static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ContentError error;

        YamlException(ContentError error) {
            super(error.format());
            this.error = error;
        }

        public ContentError error() {
            return error;
        }
    }

    /**
     * Parses one YAML document.
     *
     * @param file       the file name to put in positions
     * @param lineOffset lines before the YAML text in that file (front matter starts after {@code ---})
     * @return the root node, or an empty-null scalar for an empty document
     */
    public YamlNode read(String text, String file, int lineOffset) throws YamlException {
        if (text.length() > MAX_CHARS) {
            throw new YamlException(new ContentError(new Source(file, lineOffset + 1, 1),
                    "YAML is too large (" + text.length() + " characters, the limit is " + MAX_CHARS + ")"));
        }
        YamlNode simple = SimpleYaml.read(text, file, lineOffset);
        return simple != null ? simple : readWithEngine(text, file, lineOffset);
    }

    /** {@link #read} by the YAML engine alone, whatever the text. */
    YamlNode readWithEngine(String text, String file, int lineOffset) throws YamlException {
        try (StrictYamlFactory.Parser parser = (StrictYamlFactory.Parser) factory.createParser(new java.io.StringReader(text))) {
            Walker walker = new Walker(parser, file, lineOffset);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(null, new Source(file, lineOffset + 1, 1));
            }
            YamlNode root = walker.value(first, 1);
            if (parser.nextToken() != null) {
                throw walker.error("more than one YAML document", "remove the extra '---' line");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new YamlException(syntaxError(e, file, lineOffset));
        } catch (IOException e) {
            throw new YamlException(new ContentError(Source.file(file), "cannot read YAML: " + IoErrors.reason(e)));
        }
    }

    /** The engine's own words for what is wrong, at the position of the problem (not of its context). */
    private static ContentError syntaxError(JsonProcessingException e, String file, int lineOffset) {
        String hint = "check indentation and quote values that contain ': ' or start with a special character";
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark at = marked.getProblemMark();
            String problem = marked.getProblem() == null ? "syntax error" : marked.getProblem().strip();
            if (marked.getContext() != null) {
                problem = problem + " (" + marked.getContext().strip() + ")";
            }
            if (problem.contains("\t")) {
                hint = "indent with spaces, not tabs";
            }
            return new ContentError(new Source(file, lineOffset + at.getLine() + 1, at.getColumn() + 1),
                    "invalid YAML: " + problem, hint);
        }
        String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().strip();
        if (message.contains("AliasEvent")) {
            message = "YAML aliases (*name) are not allowed";
            hint = "write the value out in full";
        } else {
            message = "invalid YAML: " + message.lines().findFirst().orElse("syntax error");
        }
        JsonLocation at = e.getLocation();
        Source source = at == null ? new Source(file, lineOffset + 1, 0)
                : new Source(file, lineOffset + Math.max(1, at.getLineNr()), Math.max(0, at.getColumnNr()));
        return new ContentError(source, message.length() > 200 ? message.substring(0, 200) + "…" : message, hint);
    }

    /** Turns the token stream into nodes; one instance per document. */
    private static final class Walker {
        private final StrictYamlFactory.Parser parser;
        private final String file;
        private final int lineOffset;

        Walker(StrictYamlFactory.Parser parser, String file, int lineOffset) {
            this.parser = parser;
            this.file = file;
            this.lineOffset = lineOffset;
        }

        Source here() {
            JsonLocation at = parser.currentTokenLocation();
            return new Source(file, lineOffset + at.getLineNr(), at.getColumnNr());
        }

        YamlException error(String message, String hint) {
            return new YamlException(new ContentError(here(), message, hint));
        }

        YamlNode value(JsonToken token, int depth) throws IOException, YamlException {
            if (depth > MAX_DEPTH) {
                throw error("YAML is nested too deeply (more than " + MAX_DEPTH + " levels)", "flatten the structure");
            }
            if (parser.isCurrentAlias()) {
                throw error("YAML aliases (*name) are not allowed", "write the value out in full");
            }
            if (parser.anchor() != null) {
                throw error("YAML anchors (&name) are not allowed", "remove the '&" + parser.anchor() + "' anchor");
            }
            Source at = here();
            return switch (token) {
                case START_OBJECT -> mapping(at, depth);
                case START_ARRAY -> sequence(at, depth);
                case VALUE_NULL -> new YamlNode.Scalar(null, at);
                default -> new YamlNode.Scalar(parser.getText(), at);
            };
        }

        private YamlNode mapping(Source at, int depth) throws IOException, YamlException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Source keySource = here();
                if ("<<".equals(key)) {
                    throw error("YAML merge keys (<<) are not allowed", "write the keys out in full");
                }
                if (entries.containsKey(key)) {
                    throw error("duplicate key '" + key + "' (first at line " + entries.get(key).keySource().line() + ")",
                            "keep one '" + key + ":' line and delete the other");
                }
                YamlNode value = value(parser.nextToken(), depth + 1);
                entries.put(key, new YamlNode.Entry(key, keySource, value));
            }
            if (token != JsonToken.END_OBJECT) {
                throw error("unexpected YAML structure", null);
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode sequence(Source at, int depth) throws IOException, YamlException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw error("unexpected end of YAML", null);
                }
                items.add(value(token, depth + 1));
            }
            return new YamlNode.Sequence(items, at);
        }
    }
}
