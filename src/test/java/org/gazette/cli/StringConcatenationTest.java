package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Gazette's classes concatenate strings with plain StringBuilder code (javac's
 * {@code -XDstringConcat=inline}, in the pom): the default, an invokedynamic call bootstrapped by
 * {@code StringConcatFactory}, has the JVM generate classes the first time each concatenation runs,
 * which no class-data archive keeps, on every build's start.
 */
class StringConcatenationTest {
    private static final String BOOTSTRAP = "java/lang/invoke/StringConcatFactory";

    @Test
    void noClassOfGazettesBootstrapsItsConcatenationsAtRunTime() throws IOException, URISyntaxException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertTrue(files.size() > 100, "Gazette's and picocli's classes: " + files.size());
        List<Path> bootstrapping = files.stream().filter(StringConcatenationTest::bootstraps).toList();
        assertEquals(0, bootstrapping.size(), bootstrapping.size() + " classes bootstrap their concatenations, among them "
                + bootstrapping.subList(0, Math.min(3, bootstrapping.size())) + ": is -XDstringConcat=inline still in the pom?");
    }

    /** Whether the class's constant pool names the factory (class names are stored as ASCII). */
    private static boolean bootstraps(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(BOOTSTRAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
