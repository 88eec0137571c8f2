package org.gazette.ranking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH (not a test; run with scripts/bench-jmh.sh): scanning one access-log line into its fields. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LogLineBenchmark {
    @Param("/tmp/gazette-bench/n1000")
    public String newsroom;

    private byte[][] lines;
    private final CombinedLine line = new CombinedLine();
    private int next;

    @Setup
    public void read() throws IOException {
        List<String> text = Files.readAllLines(Path.of(newsroom, "analytics/access.log"), StandardCharsets.UTF_8);
        lines = text.stream().limit(100_000).map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    @Benchmark
    public String parseOneLine() {
        byte[] b = lines[next++ % lines.length];
        return line.parse(b, 0, b.length);
    }
}
