package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Observable;

/**
 * The engine's chunk path gives the bits of the value-at-a-time path: {@link StatAccumulator#acceptChunk} of a
 * column and a slot mask equals {@link StatAccumulator#accept} of the masked values in slot order followed by
 * {@link StatAccumulator#flush()}, and {@link LogHistogram#recordRange} counts as {@link LogHistogram#record} does,
 * for every regime of values its shortcuts distinguish: one octave, a few octaves, many, both signs, zeros of both
 * signs, subnormals, and values too large for the squares. Deterministic: fixed seeds, exact comparisons; a failure
 * names the seed.
 */
class ChunkedRecordingTest {
    private static final int CHUNK = StatAccumulator.CHUNK;
    private static final double[] LEVELS = {0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1};

    /** Fills a column in one of the regimes, chosen by the seed. */
    static double[] column(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int regime = rng.nextInt(11);
        double centre = Math.scalb(1.0 + rng.nextDouble(), rng.nextInt(-40, 40));
        double[] v = new double[CHUNK];
        for (int j = 0; j < CHUNK; j++) {
            v[j] = switch (regime) {
                case 0 -> centre * (1 + 0.01 * rng.nextDouble());                 // mostly one octave
                case 1 -> centre * Math.exp(2 * rng.nextGaussian());               // a few octaves
                case 2 -> Math.scalb(rng.nextDouble(), rng.nextInt(-1000, 1000));  // many octaves
                case 3 -> -centre * Math.exp(rng.nextGaussian());                  // negative
                case 4 -> (rng.nextBoolean() ? 1 : -1) * centre * rng.nextDouble(); // both signs
                case 5 -> rng.nextBoolean() ? 0.0 : -0.0;                          // zeros
                case 6 -> rng.nextInt(4) == 0 ? Double.MIN_VALUE * rng.nextInt(1, 100) : centre;
                case 7 -> rng.nextInt(8) == 0 ? 0x1p600 * rng.nextDouble() : centre; // too large for squares
                case 8 -> 1 - 1e-6 * (1 + rng.nextDouble());                        // near 1, by distance from 1
                case 9 -> Math.pow(0.999, rng.nextInt(1, 8));                       // few distinct values near 1
                default -> rng.nextInt(3) == 0 ? 1.0 : 1.0 - 1e-3 * rng.nextDouble(); // saturating at 1
            };
        }
        return v;
    }

    static long mask(SplittableRandom rng) {
        return switch (rng.nextInt(4)) {
            case 0, 1 -> -1L;
            case 2 -> 0L;
            default -> rng.nextLong();
        };
    }

    @Property(tries = 400, seed = "20261126")
    void acceptChunkEqualsAcceptThenFlush(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int chunks,
                                          @ForAll @IntRange(min = 0, max = 5) int acceptedFirst) {
        SplittableRandom rng = new SplittableRandom(seed);
        StatAccumulator one = new StatAccumulator();
        StatAccumulator chunked = new StatAccumulator();
        // values accepted one at a time before the first chunk, as a tally's pair accumulators might hold
        for (int i = 0; i < acceptedFirst; i++) {
            double x = rng.nextGaussian();
            one.accept(x);
            chunked.accept(x);
        }
        for (int c = 0; c < chunks; c++) {
            double[] values = column(rng.nextLong());
            int offset = rng.nextInt(3) * CHUNK;
            double[] staged = new double[offset + CHUNK + 3];
            System.arraycopy(values, 0, staged, offset, CHUNK);
            long mask = mask(rng);
            for (int j = 0; j < CHUNK; j++) {
                if ((mask >>> j & 1) != 0) {
                    one.accept(values[j]);
                }
            }
            one.flush();
            chunked.acceptChunk(staged, offset, mask);
        }
        StatAccumulatorTest.assertSameBits(one, chunked, "seed " + seed + ", " + chunks + " chunks");
        long[] a = new long[12];
        long[] b = new long[12];
        double[] edges = {-1e300, -1, -1e-300, 0, 1e-300, 1e-9, 1e-3, 1, 1e3, 1e300, 1e308};
        one.binCounts(edges, a);
        chunked.binCounts(edges, b);
        assertArrayEquals(a, b, "bin counts, seed " + seed);
    }

    @Property(tries = 200, seed = "20261128")
    void withoutTheVarianceEveryOtherStatisticKeepsItsBitsAndTheHistogramIsCoarse(@ForAll long seed,
                                                           @ForAll @IntRange(min = 1, max = 6) int chunks) {
        SplittableRandom rng = new SplittableRandom(seed);
        StatAccumulator full = new StatAccumulator();
        StatAccumulator lean = new StatAccumulator(false);
        LogHistogram coarse = LogHistogram.coarse();
        for (int c = 0; c < chunks; c++) {
            double[] values = column(rng.nextLong());
            long mask = mask(rng);
            full.acceptChunk(values, 0, mask);
            lean.acceptChunk(values, 0, mask);
            coarse.recordAll(values, 0, mask);
        }
        String context = "seed " + seed;
        assertEquals(full.count(), lean.count(), context);
        assertEquals(Double.doubleToLongBits(full.mean()), Double.doubleToLongBits(lean.mean()), context);
        assertEquals(Double.doubleToLongBits(full.min()), Double.doubleToLongBits(lean.min()), context);
        assertEquals(Double.doubleToLongBits(full.max()), Double.doubleToLongBits(lean.max()), context);
        double[] a = new double[LEVELS.length];
        double[] b = new double[LEVELS.length];
        // the lean accumulator keeps the coarse histogram of series steps: its quantiles are the coarse ones, clamped
        coarse.quantiles(LEVELS, a);
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.min(full.max(), Math.max(full.min(), a[i]));
        }
        lean.quantiles(LEVELS, b);
        assertArrayEquals(a, b, context);
        assertTrue(Double.isNaN(lean.variance()), context);
    }

    @Property(tries = 400, seed = "20261127")
    void recordRangeCountsAsRecord(@ForAll long seed, @ForAll @IntRange(min = 1, max = CHUNK) int n) {
        recordRangeCountsAsRecord(seed, n, true);
        recordRangeCountsAsRecord(seed, n, false);
    }

    private static void recordRangeCountsAsRecord(long seed, int n, boolean fine) {
        double[] values = column(seed);
        LogHistogram one = fine ? new LogHistogram() : LogHistogram.coarse();
        LogHistogram ranged = fine ? new LogHistogram() : LogHistogram.coarse();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            one.record(values[j]);
            lo = Math.min(lo, values[j]);
            hi = Math.max(hi, values[j]);
        }
        // twice, so that the second pass finds its chunks already there
        ranged.recordRange(values, 0, n, lo, hi);
        ranged.recordRange(values, 0, n, lo, hi);
        LogHistogram twice = fine ? new LogHistogram() : LogHistogram.coarse();
        twice.add(one);
        twice.add(one);
        assertEquals(twice.total(), ranged.total(), "total, seed " + seed);
        double[] want = new double[LEVELS.length];
        double[] got = new double[LEVELS.length];
        twice.quantiles(LEVELS, want);
        ranged.quantiles(LEVELS, got);
        assertArrayEquals(want, got, "quantiles, seed " + seed + ", " + n + " values, fine " + fine);
    }

    @Test
    void valuesOfRunsThatDidNotCompleteAreNotCounted() {
        List<Observable> observables = List.of(Observable.metric("m", "1", "a metric"),
                Observable.series("s", "1", 3, 0, 1, "generation", "a series"));
        double[][] times = {{}, {}};
        Tally tally = new Tally(observables, times);
        RunRecorder recorder = new RunRecorder(observables, times);
        for (int run = 0; run < CHUNK; run++) {
            recorder.begin(run);
            recorder.metric(0, run);
            recorder.series(1, 0, run);
            if (run % 3 == 0) {
                recorder.fail(tally, run, new IllegalStateException("run " + run));
            } else if (run % 3 == 1) {
                recorder.diverged(0);
                recorder.commit(tally);
            } else {
                recorder.commit(tally);
            }
        }
        recorder.flush(tally);
        // the completed runs are 2, 5, ..., 62: 21 runs with mean 32
        assertEquals(21, tally.completed());
        assertEquals(21, tally.metric(0).count());
        assertEquals(32.0, tally.metric(0).mean(), 0.0);
        assertEquals(2.0, tally.series(1, 0).min(), 0.0);
        assertEquals(62.0, tally.series(1, 0).max(), 0.0);
        assertEquals(0, tally.series(1, 1).count());
        // the next chunk starts empty
        recorder.begin(CHUNK);
        recorder.metric(0, 1000);
        recorder.commit(tally);
        recorder.flush(tally);
        assertEquals(22, tally.metric(0).count());
        assertEquals(21, tally.series(1, 0).count(), "the earlier chunk's staged series values are forgotten");
    }

    @Test
    void observationsOfTheWrongKindOrOutsideTheSeriesFailTheRun() {
        List<Observable> observables = List.of(Observable.metric("m", "1", "a metric"),
                Observable.event("e", "year", 2026, "an event"),
                Observable.series("s", "1", 3, 0, 1, "generation", "a series"));
        RunRecorder recorder = new RunRecorder(observables, new double[][] {{}, {2030}, {}});
        recorder.begin(0);
        IllegalArgumentException metricAsSeries = assertThrows(IllegalArgumentException.class,
                () -> recorder.series(0, 0, 1.0));
        assertEquals("observable 0 ('m') is a metric, not a series", metricAsSeries.getMessage());
        IllegalArgumentException seriesAsMetric = assertThrows(IllegalArgumentException.class,
                () -> recorder.metric(2, 1.0));
        assertEquals("observable 2 ('s') is a series, not a metric", seriesAsMetric.getMessage());
        assertThrows(IllegalArgumentException.class, () -> recorder.event(0, 2027));
        IndexOutOfBoundsException beyond = assertThrows(IndexOutOfBoundsException.class,
                () -> recorder.series(2, 3, 1.0));
        assertTrue(beyond.getMessage().contains("step 3 is outside series 2 ('s'), whose steps are 0 to 2"),
                beyond.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> recorder.series(2, -1, 1.0));
    }
}
