package org.gazette.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the deploy credentials from Maven's {@code settings.xml} — the {@code <server>} whose
 * {@code <id>} the deploy uses — so the cleanup authenticates exactly as the upload did.
 */
final class MavenSettings {
    private static final Pattern ENV = Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}");

    /** A user name and password from a {@code <server>} entry. */
    record Credentials(String username, String password) {
    }

    private MavenSettings() {
    }

    /** The credentials of server {@code id}, or null when the file or the entry does not exist. */
    static Credentials server(Path settings, String id) {
        if (settings == null || !Files.isRegularFile(settings)) {
            return null;
        }
        Document doc = parse(settings);
        NodeList servers = doc.getElementsByTagName("server");
        for (int i = 0; i < servers.getLength(); i++) {
            Element server = (Element) servers.item(i);
            if (id.equals(text(server, "id"))) {
                String user = env(text(server, "username"), settings);
                String password = env(text(server, "password"), settings);
                if (password != null && password.startsWith("{") && password.endsWith("}")) {
                    throw new PublishException(settings + ": the password of server '" + id + "' is encrypted, which "
                            + "gazette prune cannot read\n    hint: write <password>${env.GAZETTE_DEPLOY_PASSWORD}</password> "
                            + "and set that variable (Maven reads it too)");
                }
                return user == null ? null : new Credentials(user, password == null ? "" : password);
            }
        }
        return null;
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PublishException("cannot read Maven settings " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String child) {
        NodeList list = parent.getElementsByTagName(child);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    /** Expands {@code ${env.NAME}} as Maven does. */
    private static String env(String value, Path settings) {
        if (value == null) {
            return null;
        }
        Matcher m = ENV.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = System.getenv(m.group(1));
            if (v == null) {
                throw new PublishException(settings + ": environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }
}
