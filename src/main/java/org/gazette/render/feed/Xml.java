package org.gazette.render.feed;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gazette.render.Utf8Writer;

/**
 * One XML document written through the JDK's {@link XMLStreamWriter}, so every text and attribute
 * is escaped and the result is well-formed; indented with {@code \n} for readers, and characters XML
 * cannot hold (control characters, lone surrogates) are dropped. Names may carry a prefix
 * ({@code media:content}) whose namespace the root declares with {@link #namespace}.
 */
final class Xml {
    /** The JDK's own implementation, whatever else is on the class path: same bytes everywhere. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final Utf8Writer utf8 = new Utf8Writer(64 * 1024);
    private final XMLStreamWriter out;
    /** Per open element: whether it has child elements (its end tag then goes on its own line). */
    private final Deque<Boolean> open = new ArrayDeque<>();

    Xml() {
        try {
            out = FACTORY.createXMLStreamWriter(utf8);
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml start(String name) {
        return call(() -> {
            indent();
            if (!open.isEmpty()) {
                open.pop();
                open.push(true);
            }
            out.writeStartElement(name);
            open.push(false);
        });
    }

    /** An element without content: {@code <name a="b"/>}; follow with {@link #attr}. */
    Xml empty(String name) {
        return call(() -> {
            indent();
            open.pop();
            open.push(true);
            out.writeEmptyElement(name);
        });
    }

    Xml namespace(String prefix, String uri) {
        return call(() -> {
            if (prefix.isEmpty()) {
                out.writeDefaultNamespace(uri);
            } else {
                out.writeNamespace(prefix, uri);
            }
        });
    }

    /** An attribute; a null value writes nothing. */
    Xml attr(String name, Object value) {
        return value == null ? this : call(() -> out.writeAttribute(name, clean(value.toString())));
    }

    Xml text(String text) {
        return call(() -> out.writeCharacters(clean(text)));
    }

    Xml end() {
        return call(() -> {
            if (open.pop()) {
                indent();
            }
            out.writeEndElement();
        });
    }

    /** {@code <name>text</name>}; a null text writes nothing. */
    Xml element(String name, Object text) {
        return text == null ? this : start(name).text(text.toString()).end();
    }

    /**
     * The bytes written since the start or the last call, which are forgotten: for a document whose
     * parts go to other documents one by one, and which is never finished.
     */
    byte[] takeWritten() {
        call(out::flush);
        byte[] written = Arrays.copyOf(utf8.buffer(), utf8.size());
        utf8.reset();
        return written;
    }

    /** Ends the document and returns its bytes (UTF-8, ending with a line break). */
    byte[] finish() {
        call(() -> {
            while (!open.isEmpty()) {
                end();
            }
            out.writeEndDocument();
            out.close();
        });
        utf8.write('\n');
        return utf8.toByteArray();
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /** Keeps only the characters XML 1.0 allows. */
    static String clean(String text) {
        // Nearly every character is a line break, a tab or one from space to U+D7FF: a comparison or
        // two each, no code points, until the first other one.
        int start = 0;
        for (char c; start < text.length() && ((c = text.charAt(start)) >= 0x20 ? c < 0xD800 : c == '\n' || c == '\t' || c == '\r');
             start++) {
            // allowed
        }
        if (start == text.length()) {
            return text;
        }
        StringBuilder b = null;
        for (int i = start; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok && b == null) {
                b = new StringBuilder(text.substring(0, i));
            } else if (ok && b != null) {
                b.appendCodePoint(c);
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private Xml call(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return this;
    }

    private interface Step {
        void run() throws XMLStreamException;
    }
}
