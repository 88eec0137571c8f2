package org.gazette.publish;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.testing.Builds;
import org.gazette.testing.Newsrooms;

/**
 * The README's Maven route, run for real: {@code mvn verify -Dgazette.deploy.url=…} on a copy of the
 * project's own pom.xml, whose {@code site/} holds a site a test built and whose {@code target/classes}
 * are the classes under test (so Maven packages the jar without compiling, and skips the demo build).
 */
final class MavenRoute {
    private final Path project;
    private final Path settings;

    private MavenRoute(Path project, Path settings) {
        this.project = project;
        this.settings = settings;
    }

    /** A project folder with the real pom.xml and the compiled classes; the site goes to {@link #site()}. */
    static MavenRoute create(Path project, String user, String password) throws IOException {
        Files.createDirectories(project);
        Files.copy(Builds.repo().resolve("pom.xml"), project.resolve("pom.xml"));
        Newsrooms.copy(classes(), project.resolve("target/classes"));
        Path settings = project.resolve("publish-settings.xml");
        Files.writeString(settings, """
                <settings>
                  <servers>
                    <server>
                      <id>gazette-site</id>
                      <username>%s</username>
                      <password>%s</password>
                    </server>
                  </servers>
                </settings>
                """.formatted(user, password));
        return new MavenRoute(project, settings);
    }

    Path site() {
        return project.resolve("site");
    }

    /** Runs the publish; returns Maven's output. {@code ok} says whether it must succeed or fail. */
    String publish(String url, boolean ok) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-ntp", "verify",
                "-Dmaven.main.skip=true", "-Dmaven.test.skip=true", "-DskipSiteBuild=true",
                // Global settings hold only the deploy credentials, so the user's own settings (mirrors) still apply.
                "-gs", settings.toString(), "-Dgazette.deploy.settings=" + settings, "-Dgazette.deploy.url=" + url));
        String repo = System.getProperty("gazette.localRepository");
        if (repo != null && !repo.isBlank() && !repo.contains("${")) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        Path log = project.resolve("mvn-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if ((p.exitValue() == 0) != ok) {
            throw new AssertionError("mvn " + String.join(" ", command.subList(1, command.size())) + " exited with "
                    + p.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** The same Maven that runs the tests, when surefire says where it is; else the one on PATH. */
    private static String mvn() {
        String home = System.getProperty("gazette.mavenHome");
        if (home != null && !home.contains("${") && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static Path classes() {
        try {
            return Path.of(org.gazette.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
