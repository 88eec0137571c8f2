package org.gazette.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.model.Section;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH (not a test; run with scripts/bench-jmh.sh): one article's bytes decoded, its front matter and
 * Markdown body read into an {@link Article}, over the articles of a newsroom written by the shared generator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArticleReadBenchmark {
    /** A newsroom folder made by ../shared/bench/gen_corpus.py (scripts/bench-jmh.sh passes one). */
    @Param("/tmp/gazette-bench/n1000")
    public String newsroom;

    private List<Path> files;
    private List<byte[]> contents;
    private ArticleContext context;
    private int next;

    @Setup
    public void load() throws IOException {
        Path root = Path.of(newsroom);
        Newsroom loaded = new ContentLoader().load(root, Instant.parse("2024-07-01T00:00:00Z"));
        try (Stream<Path> walk = Files.walk(root.resolve("content/articles"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().limit(500).toList();
        }
        contents = files.stream().map(p -> {
            try {
                return Files.readAllBytes(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        context = new ArticleContext(loaded.site(),
                loaded.sections().stream().collect(Collectors.toMap(Section::id, s -> s, (a, b) -> a, TreeMap::new)),
                loaded.authors().stream().collect(Collectors.toMap(a -> a.id(), a -> a, (a, b) -> a, TreeMap::new)),
                new YamlReader(), new MarkdownRenderer(loaded.site().basePath()), new ImageFiles(root.resolve("content")));
    }

    @Benchmark
    public Article readOneArticle() {
        int i = next++ % files.size();
        return ArticleReader.read(files.get(i), "bench.md", contents.get(i), context, new Problems());
    }
}
