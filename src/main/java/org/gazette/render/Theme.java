package org.gazette.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and static assets a site is rendered with: the project's {@code templates/}
 * folder file by file over the default theme built into Gazette, so a newsroom overrides only
 * what it changes.
 */
public final class Theme {
    static final String BUILT_IN = "/gazette/theme";

    private final Path projectDir;
    private final Map<String, Path> assets;

    public Theme(Path sourceDir) {
        Path dir = sourceDir.resolve("templates");
        this.projectDir = Files.isDirectory(dir) ? dir : null;
        Map<String, Path> found = new TreeMap<>();
        collect(builtIn().resolve("assets"), found, null);
        if (projectDir != null) {
            collect(projectDir.resolve("assets"), found, sourceDir);
        }
        this.assets = found;
    }

    /** Project templates first, then the built-in theme. */
    TemplateLoader loader() {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Theme.class, BUILT_IN);
        if (projectDir == null) {
            return builtIn;
        }
        try {
            // FileTemplateLoader refuses templates whose real path leaves the folder (symlinks out).
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(projectDir.toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to name a template in an error: the project's file, or the built-in theme's. */
    String describe(String templateName) {
        String name = templateName.startsWith("/") ? templateName.substring(1) : templateName;
        if (projectDir != null && Files.isRegularFile(projectDir.resolve(name))) {
            return "templates/" + name;
        }
        return "templates/" + name + " (built-in theme)";
    }

    /** The project's {@code templates/} files as pages depend on them (see {@link TemplateFiles}). */
    public TemplateFiles projectFiles() {
        return TemplateFiles.of(projectDir);
    }

    /** Static files to publish under {@code assets/}, by their path below it. */
    public Map<String, Path> assets() {
        return assets;
    }

    /** {@code project} is the newsroom folder for its own assets (links out of it are refused), null for built-ins. */
    private static void collect(Path dir, Map<String, Path> into, Path project) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            Path realProject = project == null ? null : project.toRealPath();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (realProject != null && Files.isSymbolicLink(p) && !p.toRealPath().startsWith(realProject)) {
                    String name = project.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
                            .toString().replace('\\', '/');
                    throw new org.gazette.content.ContentException(List.of(new org.gazette.content.ContentError(
                            org.gazette.model.Source.file(name), "symbolic link leads outside the project",
                            "copy the file into the project instead")));
                }
                into.put(dir.relativize(p).toString().replace('\\', '/'), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names the template in Freemarker's refusal of a link out of {@code templates/}
     * ("/abs/templates/x.ftlh resolves to … which doesn't start with …").
     */
    String describeLink(String refusal) {
        String path = refusal == null ? "" : refusal.split(" resolves to ", 2)[0].strip();
        if (projectDir != null && path.startsWith(projectDir.toAbsolutePath().normalize().toString())) {
            return "templates/" + projectDir.toAbsolutePath().normalize().relativize(Path.of(path)).toString().replace('\\', '/');
        }
        return "templates/";
    }

    /** The built-in theme as a folder, also when it lives inside the jar. */
    private static Path builtIn() {
        URL url = Theme.class.getResource(BUILT_IN);
        if (url == null) {
            throw new IllegalStateException("the built-in theme is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem jar;
            try {
                jar = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                jar = FileSystems.newFileSystem(uri, Map.of());
            }
            return jar.getPath(BUILT_IN);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme: " + e.getMessage(), e);
        }
    }
}
