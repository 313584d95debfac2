package org.rsisim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rsisim.core.internal.ExactSum;
import org.rsisim.core.internal.LogHistogram;
import org.rsisim.core.internal.StatAccumulator;

/**
 * The engine's statistic accumulators, one observation per operation: {@link StatAccumulator#accept} (count,
 * extremes, shifted chunk sums and the quantile histogram; with the {@link StatAccumulator#flush() flush} into
 * exact sums that the engine does every {@value StatAccumulator#CHUNK} runs, so its cost is spread over the
 * values as in the engine), {@link LogHistogram#record} and {@link ExactSum#add(double)}. The values cycle through
 * 4096 lognormal draws (median 1, log-sd 1) read from a non-final field, so the histogram covers a realistic range
 * and every branch is exercised; {@code baseline} reads the same values and returns them.
 *
 * <p>{@code statAccumulatorAcceptAcrossSeries} is the engine's pattern: a run commits one value to each of
 * {@value #SERIES} accumulators (four series of 40 generations, as the flagship chain records), and every
 * {@value StatAccumulator#CHUNK} runs they are flushed. Accumulator {@code k} receives lognormal values around its own
 * median {@code 2^(k / 8)}, so the accumulators' histograms cover different ranges as the generations of a series
 * do, and the working set is that of a block's tally rather than one accumulator held in the first-level cache.
 * Its score is per observation. {@code statAccumulatorAcceptChunkAcrossSeries} is the same pattern the way the
 * engine's recorder hands a series over: one chunk of {@value StatAccumulator#CHUNK} runs staged in a column per
 * accumulator and passed whole ({@link StatAccumulator#acceptChunk}), from four such chunks in turn, into
 * accumulators that keep no variance, as series steps' do; per observation too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class AccumulatorBenchmark {
    private static final int MASK = 4095;

    private double[] values;
    private int next;
    private int untilFlush;
    private StatAccumulator accumulator;
    private LogHistogram histogram;
    private ExactSum sum;
    private StatAccumulator[] across;
    private double[] scale;
    private int runsUntilFlush;
    private StatAccumulator[] chunked;
    private double[][] columns;
    private int nextChunk;

    /** Accumulators a run of the flagship chain commits to: 4 series of 40 generations. */
    public static final int SERIES = 160;

    /** Draws the values and creates the accumulators once per trial. */
    @Setup
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20260501L);
        values = new double[MASK + 1];
        for (int i = 0; i < values.length; i++) {
            double u = ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
            values[i] = Math.exp(org.rsisim.core.distribution.Distributions.normal(0, 1).inverseCdf(u));
        }
        accumulator = new StatAccumulator();
        histogram = new LogHistogram();
        sum = new ExactSum();
        untilFlush = StatAccumulator.CHUNK;
        across = new StatAccumulator[SERIES];
        scale = new double[SERIES];
        for (int k = 0; k < SERIES; k++) {
            across[k] = new StatAccumulator();
            scale[k] = Math.scalb(1.0, k / 8);
        }
        runsUntilFlush = StatAccumulator.CHUNK;
        chunked = new StatAccumulator[SERIES];
        columns = new double[4][SERIES * StatAccumulator.CHUNK];
        for (int k = 0; k < SERIES; k++) {
            chunked[k] = new StatAccumulator(false);
        }
        for (double[] chunk : columns) {
            for (int j = 0; j < StatAccumulator.CHUNK; j++) {
                for (int k = 0; k < SERIES; k++) {
                    chunk[k * StatAccumulator.CHUNK + j] = scale[k] * nextValue();
                }
            }
        }
    }

    private double nextValue() {
        return values[next++ & MASK];
    }

    /**
     * Reads a value, the cost every other benchmark here includes.
     *
     * @return the value
     */
    @Benchmark
    public double baseline() {
        return nextValue();
    }

    /**
     * One value into a {@link StatAccumulator}, with a flush every {@value StatAccumulator#CHUNK} values.
     *
     * @return the accumulator
     */
    @Benchmark
    public StatAccumulator statAccumulatorAccept() {
        accumulator.accept(nextValue());
        if (--untilFlush == 0) {
            accumulator.flush();
            untilFlush = StatAccumulator.CHUNK;
        }
        return accumulator;
    }

    /**
     * One value into a {@link LogHistogram}.
     *
     * @return the histogram
     */
    @Benchmark
    public LogHistogram logHistogramRecord() {
        histogram.record(nextValue());
        return histogram;
    }

    /**
     * One value into an {@link ExactSum}.
     *
     * @return the sum
     */
    @Benchmark
    public ExactSum exactSumAdd() {
        sum.add(nextValue());
        return sum;
    }

    /**
     * One run's values into {@value #SERIES} accumulators, one each, with the flush of every accumulator each
     * {@value StatAccumulator#CHUNK} runs; the score is per observation.
     *
     * @return the last accumulator
     */
    @Benchmark
    @OperationsPerInvocation(SERIES)
    public StatAccumulator statAccumulatorAcceptAcrossSeries() {
        StatAccumulator[] a = across;
        double[] s = scale;
        for (int k = 0; k < a.length; k++) {
            a[k].accept(s[k] * nextValue());
        }
        if (--runsUntilFlush == 0) {
            for (StatAccumulator x : a) {
                x.flush();
            }
            runsUntilFlush = StatAccumulator.CHUNK;
        }
        return a[a.length - 1];
    }

    /**
     * One chunk of {@value StatAccumulator#CHUNK} runs into {@value #SERIES} accumulators, a full column each, as
     * the engine's recorder passes them; the score is per observation.
     *
     * @return the last accumulator
     */
    @Benchmark
    @OperationsPerInvocation(SERIES * StatAccumulator.CHUNK)
    public StatAccumulator statAccumulatorAcceptChunkAcrossSeries() {
        StatAccumulator[] a = chunked;
        double[] chunk = columns[nextChunk++ & 3];
        for (int k = 0; k < a.length; k++) {
            a[k].acceptChunk(chunk, k * StatAccumulator.CHUNK, -1L);
        }
        return a[a.length - 1];
    }
}
