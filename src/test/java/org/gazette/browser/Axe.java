package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazette.testing.Builds;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core, from {@code node_modules/} (installed by {@code npm ci}), run inside the open page. */
final class Axe {
    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static Axe load() {
        Path file = Builds.repo().resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(file)) {
            fail(file + " is missing: run `npm ci` in " + Builds.repo() + " (.ci/run does)");
        }
        try {
            return new Axe(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG A/AA violations on the open page, one line per rule with its impact and targets. */
    @SuppressWarnings("unchecked")
    List<String> violations(ChromeDriver driver) {
        driver.executeScript(source);
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), targets: []}]));""",
                WCAG_AA);
        return found.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n      "
                        + ((List<String>) v.get("targets")).stream().collect(Collectors.joining("\n      ")))
                .toList();
    }
}
