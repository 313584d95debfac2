package org.rsisim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
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
import org.rsisim.core.RunStreams;

/**
 * The engine against the same loop written by hand, on one thread: {@code runs} runs of {@link CompoundingModel}
 * with the same random draws. The hand loop positions the same streams and sums the final values; the engine adds
 * parameter sampling, staging, exact mergeable statistics and quantile histograms. The ratio of the two scores is
 * the engine's efficiency; {@code -prof gc} shows the bytes allocated per operation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EngineOverhead -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class EngineOverheadBenchmark {
    /** Runs per operation. */
    @Param({"100000"})
    public int runs;

    /** Generations per run. */
    @Param({"10", "100"})
    public int generations;

    private Engine engine;
    private Experiment experiment;
    private long seed;
    private double width;

    /** Builds the experiment once per trial. */
    @Setup
    public void setUp() {
        engine = Engine.withThreads(1);
        experiment = Experiment.builder(new CompoundingModel(generations)).runs(runs).seed(1).build();
        seed = 1;
        width = 0.002;
    }

    /**
     * The experiment through the engine.
     *
     * @return the mean, so the work cannot be eliminated
     */
    @Benchmark
    public double engine() {
        return engine.run(experiment).metric("final").mean().value();
    }

    /**
     * The same runs and draws in a hand-written loop: position the stream, compound, sum.
     *
     * @return the mean
     */
    @Benchmark
    public double handWritten() {
        RunStreams streams = RunStreams.create(seed);
        UniformRandomProvider rng = streams.component(CompoundingModel.DRAWS);
        double sum = 0;
        for (int i = 0; i < runs; i++) {
            streams.moveTo(i);
            sum += CompoundingModel.compound(rng, generations, width);
        }
        return sum / runs;
    }
}
