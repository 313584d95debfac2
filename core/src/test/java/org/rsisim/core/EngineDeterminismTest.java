package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rsisim.core.distribution.Distributions;

/**
 * The determinism contract: a result is a function of the experiment alone, the same bits for any number of
 * threads and any block size.
 */
class EngineDeterminismTest {

    private static Experiment experiment(int blockSize) {
        return Experiment.builder(new ProductModel(30))
                .runs(10_000 + 37)
                .seed(20260504L)
                .blockSize(blockSize)
                .parameter("width", Distributions.uniform(0.05, 0.2))
                .parameter("threshold", Distributions.uniform(1.05, 1.5))
                .parameter("fail_above", 1.19)
                .eventTimes("crossed", 5, 10, 20, 30)
                .build();
    }

    /** Everything but the manifest's threads, block size and wall time. */
    private static void assertSameEstimates(Result expected, Result actual, String label) {
        assertEquals(expected.metrics(), actual.metrics(), label);
        assertEquals(expected.events(), actual.events(), label);
        assertEquals(expected.series(), actual.series(), label);
        assertEquals(expected.completed(), actual.completed(), label);
        assertEquals(expected.diverged(), actual.diverged(), label);
        assertEquals(expected.failed(), actual.failed(), label);
        assertEquals(expected.divergedAtStep(), actual.divergedAtStep(), label);
        assertEquals(expected.manifest().scenarioHash(), actual.manifest().scenarioHash(), label);
    }

    @ParameterizedTest(name = "threads={0}, block={1}")
    @CsvSource({"2, 64", "3, 64", "8, 64", "1, 256", "2, 512", "3, 4096", "8, 1024"})
    void bitIdenticalForAnyThreadCountAndBlockSize(int threads, int blockSize) {
        Result reference = Engine.withThreads(1).run(experiment(64));
        Result other = Engine.withThreads(threads).run(experiment(blockSize));
        assertSameEstimates(reference, other, "threads " + threads + ", block " + blockSize);
        assertEquals(threads, other.manifest().threads());
    }

    @Test
    void sameBitsOnRepeat() {
        Engine engine = Engine.withThreads(2);
        assertSameEstimates(engine.run(experiment(128)), engine.run(experiment(128)), "repeat");
    }

    @Test
    void failedRunsAreCountedAndKeptOutOfTheStatistics() {
        Result r = Engine.withThreads(2).run(experiment(64));
        // fail_above = 1.19 fails runs whose first factor exceeds 1.19: only possible when width > 0.19
        long failed = r.failed();
        assertEquals(r.manifest().runs(), r.completed() + r.failed() + r.diverged());
        assertEquals(r.completed(), r.metric("product").count());
        assertEquals(10_037, r.manifest().runs());
        org.junit.jupiter.api.Assertions.assertTrue(failed > 0, "some runs must fail with width near 0.2");
        org.junit.jupiter.api.Assertions.assertTrue(r.failures().get(0).contains("factor"), r.failures().get(0));
        org.junit.jupiter.api.Assertions.assertTrue(r.metric("first").max() <= 1.19);
    }

    @Test
    void resultIsAFunctionOfTheSeed() {
        Result a = Engine.withThreads(2).run(experiment(64));
        Result b = Engine.withThreads(2).run(experiment(64).withSeed(7));
        org.junit.jupiter.api.Assertions.assertNotEquals(a.metric("product").mean(), b.metric("product").mean());
        assertEquals(Map.of(), a.divergedAtStep());
    }
}
