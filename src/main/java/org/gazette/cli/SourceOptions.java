package org.gazette.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that reads a newsroom shares: where it is, the clock, the readership data (a picocli mixin). */
class SourceOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The newsroom folder (holds content/). Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "The build clock, e.g. 2024-07-01T00:00:00Z: what is published, and the reference time of "
                    + "the rankings. Default: SOURCE_DATE_EPOCH if set, else buildClock in site.yaml, else the current time.")
    String now;

    @Option(names = "--analytics", paramLabel = "PATH",
            description = "Readership data (access logs, .gz, CSV exports; globs allowed) instead of the sources in "
                    + "site.yaml; repeat for several.")
    List<String> analytics;

    Path sourceDir() {
        return source.toAbsolutePath().normalize();
    }

    /** --now, else SOURCE_DATE_EPOCH, else null (site.yaml's buildClock, else the current time). */
    Instant clock() {
        if (now != null) {
            try {
                return Instant.parse(now);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(),
                        "--now '" + now + "' is not an instant; write e.g. 2024-07-01T00:00:00Z");
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH '" + epoch + "' is not a number of seconds");
            }
        }
        return null;
    }

    /** --analytics paths, made relative to the newsroom folder when they are absolute inside it. */
    List<String> analyticsSources() {
        if (analytics == null) {
            return null;
        }
        return analytics.stream().map(p -> {
            Path path = Path.of(p);
            return path.isAbsolute() && path.normalize().startsWith(sourceDir())
                    ? sourceDir().relativize(path.normalize()).toString() : p;
        }).toList();
    }
}
