package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreesTest {
    /** Jackson's own writer, which the build no longer sets up, as the reference for the bytes. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every kind of node, nested, with text that needs escaping. */
    private static ObjectNode everyKind() {
        ObjectNode root = JsonTrees.object();
        root.put("text", "quote \" backslash \\ line\nbreak tab\t control \u0001 </script> U+2028 \u2028 é 😀");
        root.put("int", -42);
        root.put("long", 9_007_199_254_740_993L);
        root.put("double", 0.1 + 0.2);
        root.put("float", 1.5f);
        root.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        root.put("bigDecimal", new BigDecimal("1.50"));
        root.put("true", true);
        root.put("false", false);
        root.putNull("null");
        root.putObject("empty object");
        root.putArray("empty array");
        root.putArray("array").add(1).add("two").addNull().add(JsonTrees.array().add(3)).addObject().put("k", "v");
        root.putObject("object").putObject("nested").putArray("deeper").add(true);
        return root;
    }

    @Test
    void writesTheBytesJacksonsObjectMapperWrites() throws Exception {
        ObjectNode tree = everyKind();
        assertEquals(MAPPER.writeValueAsString(tree), JsonTrees.compact(tree));
        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n",
                new String(JsonTrees.pretty(tree), StandardCharsets.UTF_8));
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent);
        assertEquals(MAPPER.writer(printer).writeValueAsString(tree) + "\n",
                new String(JsonTrees.pretty(tree, printer), StandardCharsets.UTF_8));
    }

    @Test
    void aSharedPrinterIsCopiedForEachDocument() {
        // The printer keeps its nesting while it writes: one shared by the feed threads must not be used as is.
        DefaultPrettyPrinter shared = new DefaultPrettyPrinter() {
            @Override
            public void writeStartObject(JsonGenerator out) {
                throw new AssertionError("the shared printer itself wrote a document");
            }

            @Override
            public DefaultPrettyPrinter createInstance() {
                return new DefaultPrettyPrinter(this); // a plain printer with the same settings
            }
        };
        assertEquals(new String(JsonTrees.pretty(everyKind()), StandardCharsets.UTF_8),
                new String(JsonTrees.pretty(everyKind(), shared), StandardCharsets.UTF_8));
    }
}
