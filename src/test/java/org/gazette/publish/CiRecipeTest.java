package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.cli.Main;
import org.gazette.testing.Builds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shipped CI recipe (deploy/ci/github-actions.yml) triggers as documented and calls commands that exist. */
class CiRecipeTest {
    private static final Pattern GAZETTE = Pattern.compile("java -jar target/gazette\\.jar ([a-z-]+)((?: +(?:--[a-z-]+|'[^']*'|\"[^\"]*\"|[^ |;&]+))*)");
    private static final Pattern MAVEN_PROPERTY = Pattern.compile("-D([A-Za-z.]+)=");
    private static JsonNode workflow;
    private static String runs;

    @BeforeAll
    static void read() throws IOException {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(Builds.repo().resolve("deploy/ci/github-actions.yml").toFile());
        StringBuilder all = new StringBuilder();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(step -> {
            if (step.has("run")) {
                all.append(step.get("run").asText()).append('\n');
            }
        }));
        runs = all.toString();
    }

    @Test
    void rebuildsOnEveryPushToTheContentOrTemplatesAndEveryFiveMinutes() {
        JsonNode on = workflow.get("on");
        assertNotNull(on, "the 'on' key (quoted, so YAML 1.1 readers do not take it for true)");
        List<String> paths = new ArrayList<>();
        on.get("push").get("paths").forEach(p -> paths.add(p.asText()));
        assertEquals(List.of("content/**", "templates/**"), paths);
        assertEquals("*/5 * * * *", on.get("schedule").get(0).get("cron").asText());
        assertFalse(workflow.get("concurrency").get("cancel-in-progress").asBoolean(), "a running publish is never cut off");
    }

    @Test
    void buildsWhenThePublishedSitesNextScheduledPublishIsDueAndOtherwiseRefreshesRankings() {
        assertTrue(runs.contains("/data/build.json") && runs.contains(".nextPublish"), runs);
        assertTrue(runs.contains("mode=build") && runs.contains("mode=rank"), runs);
        assertTrue(runs.contains("java -jar target/gazette.jar rank"), runs);
        assertTrue(runs.contains("mvn -B -ntp verify -DskipTests -Dgazette.deploy.url="), "the Maven route builds and publishes");
        assertTrue(runs.contains("site:deploy -Dgazette.deploy.url="), "a rankings refresh is published with site:deploy");
        assertTrue(runs.contains("<id>gazette-site</id>"), "the credentials use the pom's deploy server id");
    }

    @Test
    void everyGazetteCommandAndOptionItCallsExists() {
        CommandLine cli = Main.commandLine(); // every command
        Matcher m = GAZETTE.matcher(runs);
        int found = 0;
        while (m.find()) {
            found++;
            CommandLine command = cli.getSubcommands().get(m.group(1));
            assertNotNull(command, "gazette has no command '" + m.group(1) + "'");
            Matcher option = Pattern.compile("(--[a-z-]+)").matcher(m.group(2));
            while (option.find()) {
                assertNotNull(command.getCommandSpec().findOption(option.group(1)),
                        "'gazette " + m.group(1) + "' has no option " + option.group(1));
            }
        }
        assertTrue(found > 0, "the recipe calls gazette");
    }

    @Test
    void everyMavenPropertyItSetsIsOneThePomUses() throws IOException {
        String pom = Files.readString(Builds.repo().resolve("pom.xml"));
        Matcher m = MAVEN_PROPERTY.matcher(runs);
        while (m.find()) {
            String name = m.group(1);
            assertTrue(name.equals("skipTests") || pom.contains("${" + name + "}") || pom.contains("<name>" + name + "</name>"),
                    "pom.xml does not use -D" + name);
        }
    }
}
