package org.rsisim.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * Named scenarios of the other models through the engine with every statistic, one experiment per operation:
 * {@code alignment-compounding} (alignment fidelity over 500 generations, {@value #ALIGNMENT_RUNS} runs) and
 * {@code software-explosion} (the software intelligence explosion, one ODE integration per run,
 * {@value #EXPLOSION_RUNS} runs). Divide the score by {@link #RUNS the run count} for the time per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class ScenarioBenchmark {
    /** Runs per operation of {@code alignment-compounding}. */
    public static final int ALIGNMENT_RUNS = 10_000;
    /** Runs per operation of {@code software-explosion}. */
    public static final int EXPLOSION_RUNS = 1_000;
    /** Runs per operation, by scenario. */
    public static final Map<String, Integer> RUNS = Map.of("alignment-compounding", ALIGNMENT_RUNS,
            "software-explosion", EXPLOSION_RUNS);

    /** The scenario. */
    @Param({"alignment-compounding", "software-explosion"})
    public String scenario;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Engine engine;
    private Experiment experiment;

    /** Builds the engine and the experiment once per trial. */
    @Setup
    public void setUp() {
        engine = Engine.withThreads(threads);
        experiment = ScenarioCatalog.get(scenario).experiment().withRuns(RUNS.get(scenario));
    }

    /**
     * The experiment through the engine.
     *
     * @return the number of completed runs, so the work cannot be eliminated
     */
    @Benchmark
    public long engine() {
        return engine.run(experiment).completed();
    }
}
