package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that builds or updates a site shares (a picocli mixin): the newsroom's, and the output folder. */
final class SiteOptions extends SourceOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "The site folder. Default: site/ in the newsroom folder.")
    Path out;

    Path outDir() {
        return out == null ? sourceDir().resolve("site") : out.toAbsolutePath().normalize();
    }
}
