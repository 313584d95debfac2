package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Observable;

/**
 * Tally: tallies of chunk-aligned blocks of runs, merged, equal the tally of one pass, field by field and bit by
 * bit. Runs are fed through {@link RunRecorder} as the engine feeds them. Not statistical.
 */
class TallyTest {
    private static final int STEPS = 5;
    private static final List<Observable> OBSERVABLES = List.of(
            Observable.metric("m", "1", "a metric"),
            Observable.event("e", "year", 2026, "an event"),
            Observable.series("s", "1", STEPS, 0, 1, "generation", "a series"));
    private static final double[][] TIMES = {{}, {2027, 2030, 2040}, {}};

    /** One run's observations, derived from (seed, run) alone. */
    private static void simulate(long seed, long run, RunRecorder sink) {
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003 + run);
        if (rng.nextInt(10) > 0) {
            sink.metric(0, rng.nextGaussian() * 3 + 1);
        }
        if (rng.nextBoolean()) {
            sink.event(1, 2026 + 20 * rng.nextDouble());
        }
        int reached = rng.nextInt(STEPS + 1);
        for (int k = 0; k < reached; k++) {
            sink.series(2, k, Math.exp(k + rng.nextGaussian()));
        }
        switch (rng.nextInt(40)) {
            case 0 -> sink.diverged(rng.nextInt(STEPS));
            case 1 -> sink.series(2, 0, Double.POSITIVE_INFINITY);
            case 2 -> sink.metric(0, Double.NaN);
            default -> { }
        }
    }

    /** Runs [first, end) into a tally the way the engine does, flushing at every multiple of CHUNK. */
    private static void runInto(Tally tally, long seed, int first, int end) {
        RunRecorder recorder = new RunRecorder(OBSERVABLES, TIMES);
        for (int i = first; i < end; i++) {
            recorder.begin(i);
            if (new SplittableRandom(seed + 31L * i).nextInt(50) == 0) {
                recorder.fail(tally, i, new IllegalStateException("run " + i + " failed"));
            } else {
                simulate(seed, i, recorder);
                recorder.commit(tally);
            }
            if ((i + 1) % StatAccumulator.CHUNK == 0) {
                recorder.flush(tally);
            }
        }
        recorder.flush(tally);
    }

    private static void assertSameTally(Tally want, Tally got, boolean sameFailureOrder, String context) {
        assertEquals(want.completed(), got.completed(), context + ": completed");
        assertEquals(want.diverged(), got.diverged(), context + ": diverged");
        assertEquals(want.failed(), got.failed(), context + ": failed");
        assertEquals(want.divergedAtStep(), got.divergedAtStep(), context + ": diverged at step");
        if (sameFailureOrder) {
            assertEquals(want.failures(), got.failures(), context + ": failure messages");
        }
        assertEquals(Math.min(Tally.MAX_FAILURES, want.failed()), got.failures().size(), context);
        StatAccumulatorTest.assertSameBits(want.metric(0), got.metric(0), context + ", metric");
        StatAccumulatorTest.assertSameBits(want.eventTime(1), got.eventTime(1), context + ", event time");
        assertArrayEquals(want.eventByTime(1), got.eventByTime(1), context + ": event counts");
        for (int k = 0; k < STEPS; k++) {
            StatAccumulatorTest.assertSameBits(want.series(2, k), got.series(2, k), context + ", series step " + k);
        }
    }

    @Property(tries = 60, seed = "20260507")
    void mergedBlocksEqualOnePass(@ForAll @IntRange(min = 0, max = 1500) int runs,
                                  @ForAll @IntRange(min = 1, max = 6) int chunksPerBlock, @ForAll long seed) {
        Tally one = new Tally(OBSERVABLES, TIMES);
        runInto(one, seed, 0, runs);
        int blockSize = chunksPerBlock * StatAccumulator.CHUNK;
        List<Tally> blocks = new ArrayList<>();
        for (int first = 0; first < runs; first += blockSize) {
            Tally t = new Tally(OBSERVABLES, TIMES);
            runInto(t, seed, first, Math.min(runs, first + blockSize));
            blocks.add(t);
        }
        String context = "seed " + seed + ", " + runs + " runs in blocks of " + blockSize;
        Tally inOrder = new Tally(OBSERVABLES, TIMES);
        blocks.forEach(inOrder::add);
        assertSameTally(one, inOrder, true, context + ", block order");
        Collections.shuffle(blocks, new Random(seed));
        Tally shuffled = new Tally(OBSERVABLES, TIMES);
        blocks.forEach(shuffled::add);
        assertSameTally(one, shuffled, false, context + ", shuffled");
        shuffled.clear();
        assertEquals(0, shuffled.completed());
        assertEquals(0, shuffled.metric(0).count());
        assertEquals(0, shuffled.eventByTime(1)[0]);
        assertTrue(shuffled.divergedAtStep().isEmpty() && shuffled.failures().isEmpty());
    }

    @Test
    void countsHandmadeRuns() {
        Tally t = new Tally(OBSERVABLES, TIMES);
        RunRecorder r = new RunRecorder(OBSERVABLES, TIMES);
        r.begin(0); // run 0: metric 2, event in 2028.5, two series steps
        r.metric(0, 2);
        r.event(1, 2028.5);
        r.series(2, 0, 1);
        r.series(2, 1, 3);
        r.commit(t);
        r.begin(1); // run 1: metric 4, no event (censored), one step
        r.metric(0, 4);
        r.series(2, 0, 5);
        r.commit(t);
        r.begin(2); // run 2: diverges at step 3; nothing of it is counted
        r.metric(0, 1000);
        r.event(1, 2027);
        r.diverged(3);
        r.commit(t);
        r.begin(3); // run 3: fails
        r.fail(t, 3, new IllegalArgumentException("bad"));
        r.flush(t);
        assertEquals(2, t.completed());
        assertEquals(1, t.diverged());
        assertEquals(1, t.failed());
        assertEquals(Map.of(3, 1L), t.divergedAtStep());
        assertEquals(List.of("run 3: java.lang.IllegalArgumentException: bad"), t.failures());
        assertEquals(2, t.metric(0).count());
        assertEquals(3.0, t.metric(0).mean(), 0.0);
        assertEquals(2.0, t.metric(0).variance(), 0.0);
        assertEquals(1, t.eventTime(1).count());
        assertEquals(2.5, t.eventTime(1).mean(), 0.0, "event time is measured from the origin 2026");
        assertArrayEquals(new long[] {0, 1, 1}, t.eventByTime(1));
        assertEquals(2, t.series(2, 0).count());
        assertEquals(3.0, t.series(2, 0).mean(), 0.0);
        assertEquals(1, t.series(2, 1).count());
        assertEquals(0, t.series(2, 2).count());
    }

    @Test
    void survivesSerialization() throws IOException, ClassNotFoundException {
        Tally t = new Tally(OBSERVABLES, TIMES);
        runInto(t, 99, 0, 1024);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        }
        Tally copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Tally) in.readObject();
        }
        assertSameTally(t, copy, true, "seed 99, serialized");
        // a deserialized tally still merges exactly (at a chunk boundary: 1024 = 16 * 64)
        Tally more = new Tally(OBSERVABLES, TIMES);
        runInto(more, 99, 1024, 1300);
        copy.add(more);
        Tally one = new Tally(OBSERVABLES, TIMES);
        runInto(one, 99, 0, 1300);
        assertSameTally(one, copy, true, "seed 99, serialized then merged");
    }
}
