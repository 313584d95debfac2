package org.rsisim.benchmarks;

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
import org.rsisim.core.Observable;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The flagship recursive self-improvement chain, scenario {@code clark-2028} (40 generations at most, horizon
 * 2036), cut to {@code runs} runs: one operation is one whole experiment.
 *
 * <ul>
 *   <li>{@code engine}: through the {@link Engine} on {@code threads} workers with every statistic the engine keeps
 *       (event counts by date, metric means, variances and quantile histograms, per-generation bands of four
 *       series), summarised into a {@link org.rsisim.core.Result};</li>
 *   <li>{@code engineWithoutSeries}: through the engine observing only the event and the metrics
 *       ({@link Experiment.Builder#observe}), without the per-generation bands: what a user who needs no bands
 *       pays;</li>
 *   <li>{@code handWritten}: the same runs, parameter values and random numbers in {@link FlagshipHandLoop}, the
 *       model's own generation step without the engine: the limit;</li>
 *   <li>{@code streamsAndParameters}: the baseline, positioning the streams and drawing the parameters of every
 *       run and nothing else, the cost that any reproducible loop pays.</li>
 * </ul>
 * Divide the score by {@code runs} for the time per run, and by the mean generations per run (about 40) for the
 * time per generation; {@code -prof gc} gives bytes per operation, the same division gives bytes per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class FlagshipBenchmark {
    /** Runs per operation. */
    @Param({"20000", "320000"})
    public int runs;

    private Experiment experiment;
    private Experiment withoutSeries;
    private long seed;

    /** Worker threads of the engine. */
    @State(Scope.Benchmark)
    public static class Threads {
        /** Worker threads. */
        @Param({"1", "2"})
        public int threads;
        Engine engine;

        /** Builds the engine. */
        @Setup
        public void setUp() {
            engine = Engine.withThreads(threads);
        }
    }

    /** Builds the experiment once per trial. */
    @Setup
    public void setUp() {
        experiment = ScenarioCatalog.get("clark-2028").experiment().withRuns(runs);
        withoutSeries = experiment.toBuilder().observe(experiment.model().observables().stream()
                .filter(o -> o.kind() != Observable.Kind.SERIES).map(Observable::name).toList()).build();
        seed = experiment.seed();
    }

    /**
     * The experiment through the engine.
     *
     * @param t the engine
     * @return P(automated by 2028), so the work cannot be eliminated
     */
    @Benchmark
    public double engine(Threads t) {
        return t.engine.run(experiment).event("automated_ai_rd").probabilityBy(2028.0).p();
    }

    /**
     * The experiment through the engine, keeping the statistics of the event and the metrics only.
     *
     * @param t the engine
     * @return P(automated by 2028)
     */
    @Benchmark
    public double engineWithoutSeries(Threads t) {
        return t.engine.run(withoutSeries).event("automated_ai_rd").probabilityBy(2028.0).p();
    }

    /**
     * The same runs as a hand-written loop.
     *
     * @return P(automated by 2028)
     */
    @Benchmark
    public double handWritten() {
        return new FlagshipHandLoop(experiment, 2028.0).run(runs);
    }

    /**
     * Baseline: position every stream the model and the parameters use and draw the parameters, run by run.
     *
     * @return the sum of the parameter values drawn
     */
    @Benchmark
    public double streamsAndParameters() {
        RunStreams streams = RunStreams.create(seed);
        experiment.model().newSimulation(streams);
        JointDistribution.Sampler sampler = experiment.jointDistribution().newSampler(streams);
        double[] p = new double[experiment.model().parameters().size()];
        double sum = 0;
        for (int i = 0; i < runs; i++) {
            streams.moveTo(i);
            sampler.sample(p);
            sum += p[0];
        }
        return sum;
    }
}
