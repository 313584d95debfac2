package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.core.distribution.Distributions;

/**
 * {@link Experiment.Builder#observe}: the observed observables get the same bits as when everything is observed,
 * the others are left out of the result, the runs counted do not change, and bad choices are refused with messages
 * that name them. Deterministic: fixed seeds, exact comparisons.
 */
class ObserveTest {
    private static Experiment.Builder product() {
        // a wide factor and a low bar on the first factor make some runs throw
        return Experiment.builder(new ProductModel(30)).runs(5000).seed(2026_11_26L)
                .parameter("width", Distributions.uniform(0.05, 0.3)).parameter("fail_above", 1.25)
                .eventTimes("crossed", 5, 10, 20);
    }

    @Test
    void observedStatisticsKeepTheirBitsAndTheOthersAreLeftOut() {
        Engine engine = Engine.withThreads(2);
        Result all = engine.run(product().build());
        Result some = engine.run(product().observe("product", "crossed").build());
        assertTrue(all.failed() > 0, "some runs fail, so the counts are tested too");
        assertEquals(all.completed(), some.completed());
        assertEquals(all.failed(), some.failed());
        assertEquals(all.metric("product"), some.metric("product"));
        assertEquals(all.event("crossed"), some.event("crossed"));
        assertEquals(List.of("product"), List.copyOf(some.metrics().keySet()));
        assertTrue(some.series().isEmpty());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> some.series("value"));
        assertEquals("no series 'value' in this result; it has [] (an experiment that observes some observables leaves"
                + " the others out: Experiment.observed())", missing.getMessage());

        Result seriesOnly = engine.run(product().eventTimes("crossed").observe("value").build());
        assertEquals(all.series("value"), seriesOnly.series("value"));
        assertTrue(seriesOnly.metrics().isEmpty() && seriesOnly.events().isEmpty());
    }

    @Test
    void aDivergenceInAnUnobservedSeriesStillCountsTheRunAsDiverged() {
        Engine engine = Engine.withThreads(2);
        Result all = engine.run(Experiment.builder(new DivergenceTest.BlowUpModel()).runs(3000).build());
        Result some = engine.run(Experiment.builder(new DivergenceTest.BlowUpModel()).runs(3000).observe("last")
                .build());
        assertTrue(all.diverged() > 0);
        assertEquals(all.diverged(), some.diverged());
        assertEquals(all.divergedAtStep(), some.divergedAtStep());
        assertEquals(all.completed(), some.completed());
        assertEquals(all.metric("last"), some.metric("last"));
    }

    @Test
    void antitheticPairsAndPartsFollowTheChoice() {
        Experiment both = product().antithetic(true).build();
        Experiment one = product().antithetic(true).observe("first").eventTimes("crossed").build();
        Result a = Engine.withThreads(1).run(both);
        Result b = Engine.withThreads(2).run(one);
        assertEquals(a.metric("first"), b.metric("first"), "the pair-based standard error too");
        PartialResult first = Engine.runPart(one, 0, 2560);
        PartialResult second = Engine.runPart(one, 2560, 5000);
        Result merged = Engine.complete(one, first.merge(second), 2, 0);
        assertEquals(b.metric("first"), merged.metric("first"));
        assertEquals(List.of("first"), List.copyOf(merged.metrics().keySet()));
    }

    @Test
    void theChoiceIsPartOfTheExperiment() {
        Experiment all = product().build();
        Experiment some = product().observe("crossed", "product").build();
        assertEquals(List.of("product", "value", "crossed", "first"), all.observed());
        assertEquals(List.of("product", "crossed"), some.observed(), "in the model's order");
        assertNotEquals(all.hash(), some.hash());
        assertEquals(some.hash(), product().observe("product", "crossed").build().hash());
        assertEquals(some.observed(), some.toBuilder().build().observed());
        assertEquals(some.observed(), some.withRuns(640).observed());
        assertEquals(all.hash(), product().observe(List.of()).build().hash(), "none chosen observes all");
    }

    @Test
    void badChoicesAreRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> product().observe("produkt"));
        assertEquals("model product has no observable 'produkt'; known: [product, value, crossed, first]",
                unknown.getMessage());
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> product().observe("product", "crossed").target(Target.metricMean("first", 0.01)).build());
        assertEquals("target " + Target.metricMean("first", 0.01) + ": 'first' is not observed; observed: [product, "
                + "crossed]", target.getMessage());
        IllegalArgumentException times = assertThrows(IllegalArgumentException.class,
                () -> product().observe("product").build());
        assertEquals("times are requested for event 'crossed', which is not observed; observed: [product]",
                times.getMessage());
    }
}
