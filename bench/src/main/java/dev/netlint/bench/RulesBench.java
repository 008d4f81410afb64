package dev.netlint.bench;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.LintSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rules only: every built-in rule over a workspace parsed once in setup ({@code -p corpus=...}). Run it at two
 * corpus sizes to check that rule time grows linearly with the number of resources.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class RulesBench {

    @Param("bench/target/corpus-10000")
    public String corpus;

    private LintEngine engine;
    private EvalContext context;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new LintEngine(RuleRegistry.builtIn());
        context = new EvalContext(Corpus.parse(List.of(corpus), 0).workspace(), LintSettings.DEFAULTS);
    }

    @Benchmark
    public List<Finding> rules() {
        List<LintResult.RuleStats> stats = new ArrayList<>();
        return engine.evaluate(context, List.of(), stats);
    }
}
