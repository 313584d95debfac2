package org.rsisim.models.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.rare.ImportanceSampling;
import org.rsisim.core.rare.RareEstimate;
import org.rsisim.core.rare.RareEvent;

/**
 * Rare events of the alignment-fidelity model against closed forms. With no noise and no oversight the final
 * fidelity is {@code p^N}, so with {@code p ~ Beta(a, 1)}, whose CDF is {@code x^a}, the probability that the final
 * fidelity is at most {@code t} is {@code P(p <= t^(1/N)) = t^(a / N)}. Each estimate must lie within 4.42 standard
 * errors of the exact value (two-sided false-failure rate 1e-5 per assertion), with a relative error under 10 % in
 * at most 10^6 model runs; the messages name the seed.
 */
class AlignmentRareEventTest {

    private static Experiment essay(double a, int generations, double threshold, long seed) {
        return Experiment.builder(AlignmentModel.of(generations, threshold)).name("alignment-rare").seed(seed)
                .runs(1000).parameter("fidelity_per_generation", Distributions.beta(a, 1)).build();
    }

    private static void check(RareEstimate r, double exact) {
        String where = r + ", exact " + exact + ", seed " + r.seed();
        assertTrue(r.converged(), where);
        assertTrue(r.evaluations() <= 1_000_000, where);
        assertTrue(r.relativeError() < 0.1, where);
        assertTrue(Math.abs(r.probability() - exact) <= 4.42 * r.stderr(), where);
    }

    @Test
    void fidelityAtMostOneThirdAfter500GenerationsOf9999() {
        // p ~ Beta(9999, 1), mean 0.9999: P(p^500 <= 0.3) = 0.3^(9999/500) = 3.5e-11
        Experiment e = essay(9999, 500, 0.3, 15);
        RareEstimate r = ImportanceSampling.builder(e, RareEvent.metricAtMost("final_fidelity", 0.3)).build()
                .estimate(Engine.withThreads(2));
        check(r, Math.pow(0.3, 9999.0 / 500));
    }

    @Test
    void theFirstGenerationBelowTheThresholdByAGivenGeneration() {
        // p ~ Beta(2000, 1): first_below_threshold <= 100 means p^100 < 0.5, so P = 0.5^(2000/100) = 9.5e-7; 94 % of
        // the runs never fall below 0.5 in 500 generations and are censored
        Experiment e = essay(2000, 500, 0.5, 21);
        RareEstimate r = ImportanceSampling.builder(e, RareEvent.eventBy("first_below_threshold", 100)).build()
                .estimate(Engine.withThreads(2));
        check(r, Math.pow(0.5, 2000.0 / 100));
    }

    @Test
    void aGivenShiftAndTheCrossEntropyShiftAgree() {
        Experiment e = essay(9999, 500, 0.5, 5);
        RareEvent event = RareEvent.metricAtMost("final_fidelity", 0.5);
        RareEstimate ce = ImportanceSampling.builder(e, event).runs(50_000).build().estimate(Engine.withThreads(2));
        double mu = ce.shift().get("fidelity_per_generation");
        RareEstimate given = ImportanceSampling.builder(e, event).runs(50_000).seed(6)
                .shift(Map.of("fidelity_per_generation", mu)).build().estimate(Engine.withThreads(1));
        assertEquals(50_000, given.evaluations());
        double z = (ce.probability() - given.probability()) / Math.hypot(ce.stderr(), given.stderr());
        assertTrue(Math.abs(z) <= 4.42, "seeds 5 and 6: " + ce + " against " + given);
    }
}
