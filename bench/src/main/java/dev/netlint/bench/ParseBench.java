package dev.netlint.bench;

import dev.netlint.core.engine.WorkspaceLoader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse-only throughput in a warm JVM: collect and parse a corpus folder into a workspace (no rules), on
 * {@code threads} threads (0 = all cores). {@code -p corpus=bench/target/corpus-10000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ParseBench {

    @Param("bench/target/corpus-1000")
    public String corpus;

    @Param({"0"})
    public int threads;

    @Benchmark
    public WorkspaceLoader.Loaded parse() {
        return Corpus.parse(List.of(corpus), threads);
    }
}
