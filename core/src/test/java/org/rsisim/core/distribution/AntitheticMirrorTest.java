package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.rsisim.core.RunStreams;

/**
 * Checks the statement of {@link Distributions} and {@code Experiment.Builder.antithetic} on which distributions
 * mirror under antithetic runs: run {@code 2k + 1} of an antithetic experiment replays run {@code 2k}'s uniforms
 * {@code u} as {@code 1 - u}, and a distribution mirrors when its draw in run {@code 2k} is {@code inverseCdf(u)}
 * of the run's first uniform and its draw in run {@code 2k + 1} is {@code inverseCdf(v)} of that run's first
 * uniform {@code v = 1 - u} (to within the rounding of {@code u} and {@code v} to doubles, 2^-53). Every form of
 * {@link Distributions} (the cases of {@link DistributionCases#all()}, and a truncated beta) mirrors except the
 * beta family (beta, betaMeanConcentration, PERT), which draws by rejection and is checked not to. Deterministic.
 */
class AntitheticMirrorTest {
    private static final long SEED = 20261202L;
    private static final int PAIRS = 200;

    /** The forms documented as not mirrored, by the name of their factory. */
    private static boolean documentedAsRejection(String text) {
        return text.startsWith("beta(") || text.startsWith("betaMeanConcentration(") || text.startsWith("pert(");
    }

    private static List<Distribution> everyForm() {
        List<Distribution> all = new ArrayList<>();
        for (DistributionCases.Case c : DistributionCases.all()) {
            all.add(c.distribution());
        }
        all.add(Distributions.truncated(Distributions.beta(2, 5), 0.1, 0.6));
        all.add(Distributions.truncated(Distributions.pert(0, 1, 10), 0.5, 9));
        return all;
    }

    @Test
    void everyFormMirrorsExceptTheBetaFamily() {
        RunStreams streams = RunStreams.create(SEED, true);
        UniformRandomProvider rng = streams.component(RunStreams.PARAMETERS);
        int rejectionForms = 0;
        for (Distribution d : everyForm()) {
            String text = d.toString();
            int mirrored = 0;
            for (int k = 0; k < PAIRS; k++) {
                streams.moveTo(2L * k);
                double u = Distribution.openUniform(rng);
                streams.moveTo(2L * k + 1);
                double v = Distribution.openUniform(rng);
                // the twin's uniform is 1 - u, up to the rounding of u and v to doubles
                assertEquals(1 - u, v, 0x1.0p-53, "seed " + SEED + ": run " + (2 * k + 1));
                streams.moveTo(2L * k);
                double x = d.sample(rng);
                streams.moveTo(2L * k + 1);
                double twin = d.sample(rng);
                if (x == d.inverseCdf(u) && twin == d.inverseCdf(v)) {
                    mirrored++;
                }
            }
            if (documentedAsRejection(text)) {
                rejectionForms++;
                // rejection draws may occasionally coincide with inversion, but not in most pairs
                assertTrue(mirrored < PAIRS / 10, "seed " + SEED + ": " + text + " is documented as not mirrored "
                        + "but mirrored in " + mirrored + " of " + PAIRS + " pairs");
            } else {
                assertEquals(PAIRS, mirrored, "seed " + SEED + ": " + text + " is documented as mirrored");
            }
        }
        assertEquals(8, rejectionForms, "the cases should include the beta family");
    }
}
