package org.gazette.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON Gazette writes as trees (JSON Feed, the ranking and build-state files, the preview's
 * status; a page's JSON-LD, written on every page, goes straight to jackson-core's generator, see
 * {@link StructuredData}): Jackson trees,
 * so no JSON is ever pasted together from text, written by jackson-core's generator alone. Jackson's
 * {@code ObjectMapper} writes the same bytes, but setting up its first instance took 110–190 ms on
 * one core in every build (the serializer machinery it loads), more than the JSON it wrote.
 */
public final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTrees() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** On one line, without spaces. */
    public static String compact(JsonNode node) {
        return write(node, null);
    }

    /**
     * Indented as Jackson's default pretty printer does, but with {@code \n} on every platform (its
     * default is the system's line separator), and a line break at the end; UTF-8.
     */
    public static byte[] pretty(JsonNode node) {
        return pretty(node, new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }

    /**
     * Indented by {@code printer}, with a line break at the end; UTF-8. A printer keeps state while it
     * writes, so each document gets its own copy, as Jackson's writers give it: one printer can be shared.
     */
    public static byte[] pretty(JsonNode node, PrettyPrinter printer) {
        PrettyPrinter own = printer instanceof Instantiatable<?> template ? (PrettyPrinter) template.createInstance() : printer;
        return (write(node, own) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String write(JsonNode node, PrettyPrinter printer) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.setPrettyPrinter(printer);
            write(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    out.writeFieldName(property.getKey());
                    write(out, property.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case FLOAT -> out.writeNumber(node.floatValue());
                    case DOUBLE -> out.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
                    default -> throw new IllegalArgumentException("not a JSON number: " + node.numberType());
                }
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }
}
