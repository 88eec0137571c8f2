package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page of every kind, from the basic fixture and from the demo, passes the W3C Nu HTML Checker
 * (run in-process) with no errors; warnings are allowed.
 */
class HtmlValidityTest {
    static final List<String> BASIC = List.of("index.html", "world/2023/10/13/harbour-bridge-opens/index.html",
            "culture/2023/10/20/jazz-festival-review/index.html", "world/2024/05/14/where-the-city-warms-fastest/index.html",
            "world/index.html", "world/page/2/index.html", "tags/index.html", "tags/harbour/index.html",
            "authors/index.html", "authors/anna-berg/index.html", "archive/index.html", "archive/2023/index.html",
            "archive/2023/10/index.html", "404.html");
    static final List<String> DEMO = List.of("index.html", "world/2023/10/12/putins-first-time-since-march/index.html",
            "business/2023/11/01/central-bank-holds-rates-as-inflation-cools/index.html", "world/index.html",
            "tags/index.html", "tags/russia/index.html", "authors/index.html", "authors/henrik-rothen/index.html",
            "archive/index.html", "archive/2024/03/index.html", "404.html");

    @TempDir
    static Path dir;
    static Path basic;
    static Path demo;

    @BeforeAll
    static void build() {
        basic = dir.resolve("basic");
        Builds.build(Newsrooms.basic(), basic);
        demo = dir.resolve("demo");
        Builds.demo(demo);
    }

    @Test
    void basicFixturePagesHaveNoValidationErrors() throws Exception {
        assertEquals(List.of(), errors(basic, BASIC));
    }

    @Test
    void demoPagesHaveNoValidationErrors() throws Exception {
        assertEquals(List.of(), errors(demo, DEMO));
    }

    static List<String> errors(Path site, List<String> pages) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> out = new ArrayList<>();
        for (String page : pages) {
            JsonNode report = new ObjectMapper().readTree(validator.validate(site.resolve(page)));
            for (JsonNode message : report.path("messages")) {
                if (message.path("type").asText().equals("error")
                        || message.path("subType").asText().equals("fatal")) {
                    out.add(page + ":" + message.path("lastLine").asText() + ": " + message.path("message").asText()
                            + " [" + message.path("extract").asText() + "]");
                }
            }
        }
        return out;
    }
}
