package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Observable;

/**
 * The batched paths of the recording hot loop give the same bits as processing each value on arrival: a
 * {@link StatAccumulator} reads its staged values before reporting extremes or quantiles, whether or not it was
 * flushed, however many values wait, and across serialization; a {@link RunRecorder} that staged a non-finite value
 * later overwritten by a finite one commits the run, and one whose final value is non-finite counts it as diverged
 * at that step. Deterministic: fixed seeds, exact comparisons.
 */
class BatchedRecordingTest {
    private static final double[] LEVELS = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1};

    private static double[] values(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (rng.nextBoolean() ? 1 : -1) * Math.exp(4 * rng.nextGaussian());
        }
        return v;
    }

    @Test
    void unflushedValuesCountInExtremesAndQuantiles() {
        for (int n : new int[] {1, StatAccumulator.CHUNK - 1, StatAccumulator.CHUNK, StatAccumulator.CHUNK + 1, 1000}) {
            double[] v = values(20260511L + n, n);
            StatAccumulator a = new StatAccumulator();
            LogHistogram h = new LogHistogram();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                a.accept(x);
                h.record(x);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            assertEquals(n, a.count(), "count of " + n + " values, seed " + (20260511L + n));
            assertEquals(min, a.min(), 0.0, "min of " + n + " unflushed values");
            assertEquals(max, a.max(), 0.0, "max of " + n + " unflushed values");
            double[] got = new double[LEVELS.length];
            double[] want = new double[LEVELS.length];
            a.quantiles(LEVELS, got);
            h.quantiles(LEVELS, want);
            for (int k = 0; k < LEVELS.length; k++) {
                assertEquals(Math.min(max, Math.max(min, want[k])), got[k], 0.0,
                        "quantile " + LEVELS[k] + " of " + n + " unflushed values");
            }
        }
    }

    @Test
    void stagedValuesSurviveSerialization() throws IOException, ClassNotFoundException {
        double[] v = values(20260512L, 100);
        StatAccumulator kept = new StatAccumulator();
        StatAccumulator shipped = new StatAccumulator();
        for (int i = 0; i < v.length; i++) {
            kept.accept(v[i]);
            shipped.accept(v[i]);
            if (i == 63) {
                kept.flush();
                shipped.flush();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shipped);
        }
        StatAccumulator back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (StatAccumulator) in.readObject();
        }
        back.accept(2.5);
        kept.accept(2.5);
        back.flush();
        kept.flush();
        assertEquals(kept.count(), back.count(), "count");
        assertEquals(Double.doubleToLongBits(kept.mean()), Double.doubleToLongBits(back.mean()), "mean bits");
        assertEquals(Double.doubleToLongBits(kept.variance()), Double.doubleToLongBits(back.variance()),
                "variance bits");
        double[] a = new double[LEVELS.length];
        double[] b = new double[LEVELS.length];
        kept.quantiles(LEVELS, a);
        back.quantiles(LEVELS, b);
        for (int k = 0; k < LEVELS.length; k++) {
            assertEquals(a[k], b[k], 0.0, "quantile " + LEVELS[k]);
        }
    }

    @Test
    void onlyTheFinalStagedValueDecidesDivergence() {
        List<Observable> observables = List.of(Observable.metric("m", "1", "a metric"),
                Observable.series("s", "1", 5, 0, 1, "generation", "a series"));
        double[][] times = {{}, {}};
        Tally tally = new Tally(observables, times);
        RunRecorder recorder = new RunRecorder(observables, times);

        recorder.begin(0);
        recorder.series(1, 2, Double.NaN);
        recorder.series(1, 2, 0.5);
        recorder.metric(0, Double.POSITIVE_INFINITY);
        recorder.metric(0, 1.5);
        recorder.commit(tally);
        assertEquals(1, tally.completed(), "overwritten non-finite values do not make the run diverge");
        assertEquals(0, tally.diverged());

        recorder.begin(1);
        recorder.series(1, 0, 1.0);
        recorder.series(1, 3, Double.NEGATIVE_INFINITY);
        recorder.series(1, 1, Double.NaN);
        recorder.commit(tally);
        assertEquals(1, tally.diverged(), "a run ending with a non-finite series value diverges");
        assertEquals(java.util.Map.of(1, 1L), tally.divergedAtStep(), "at its first non-finite step");

        recorder.begin(2);
        recorder.series(1, 0, 3.0);
        recorder.commit(tally);
        recorder.flush(tally);
        assertEquals(2, tally.completed(), "a finite run after a diverged one is committed");
        assertEquals(2, tally.series(1, 0).count() + tally.series(1, 2).count(), "steps 0 and 2 hold one value each");
        assertEquals(1.5, tally.metric(0).mean(), 0.0, "the metric holds its final value");
    }
}
