package org.rsisim.models.alignment;

import java.util.Map;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.NamedScenario;

/**
 * The named scenarios of the {@link AlignmentModel}. Each call builds a new, immutable scenario; thread-safe.
 */
public final class AlignmentScenarios {
    private AlignmentScenarios() {
    }

    /**
     * {@code alignment-compounding}: the essay's arithmetic. Fidelity 0.999 per generation, no noise, no oversight,
     * 500 generations, so series {@code fidelity} at generation {@code n} is {@code 0.999^n} in every run
     * (0.951206 at 50, 0.6063789 at 500; SOURCES.md). 10,000 runs, seed 455.
     *
     * @return the scenario
     */
    public static NamedScenario alignmentCompounding() {
        AlignmentModel model = new AlignmentModel().withSettings(Map.of("generations", 500.0,
                "fidelity_threshold", 0.9));
        Experiment e = Experiment.builder(model).name("alignment-compounding").runs(10_000).seed(455)
                .parameter("fidelity_per_generation", 0.999)
                .parameter("fidelity_dispersion", 0)
                .parameter("detection_probability", 0)
                .parameter("correction_fraction", 0)
                .parameter("evaluation_awareness", 0)
                .eventTimes("first_below_threshold", 50, 100, 106, 500)
                .build();
        return new NamedScenario("alignment-compounding", "Alignment fidelity of 99.9 % per generation compounded"
                + " over 500 generations without noise or oversight: 0.999^n, 95.12 % after 50 generations and"
                + " 60.64 % after 500 (the essay rounds it to 60.5 %). Fidelity first falls below 0.9 at generation"
                + " 106.", e);
    }

    /**
     * {@code oversight-race}: oversight that detects 90 % of drifted generations and corrects 90 % of their error,
     * against evaluation awareness uniform on {@code [0, 2]} per order of magnitude of capability, with noisy
     * per-generation fidelity (mean 0.999, dispersion 0.1) and capability growing 0.79 orders of magnitude per
     * generation, over 200 generations with a misalignment threshold of 0.9. 100,000 runs, seed 2026. It shows
     * oversight holding fidelity near 1 while the systems are weak and losing its grip as they learn to recognise
     * evaluations.
     *
     * @return the scenario
     */
    public static NamedScenario oversightRace() {
        AlignmentModel model = new AlignmentModel().withSettings(Map.of("generations", 200.0,
                "fidelity_threshold", 0.9));
        // large blocks: the 0/1 series below_threshold makes each per-step histogram span every bucket from 0
        // to 1, so fewer, larger blocks merge far faster; results do not depend on the block size
        Experiment e = Experiment.builder(model).name("oversight-race").runs(100_000).seed(2026).blockSize(6400)
                .parameter("fidelity_per_generation", 0.999)
                .parameter("fidelity_dispersion", 0.1)
                .parameter("detection_probability", 0.9)
                .parameter("correction_fraction", 0.9)
                .parameter("evaluation_awareness", Distributions.uniform(0, 2))
                .parameter("capability_ooms_per_generation", 0.79)
                .eventTimes("first_below_threshold", 50, 100, 150, 200)
                .build();
        return new NamedScenario("oversight-race", "Oversight (90 % detection, 90 % correction) against evaluation"
                + " awareness uniform on [0, 2] per order of magnitude of capability, noisy fidelity around 99.9 %,"
                + " 200 generations: how long oversight keeps fidelity above 0.9 once the overseen systems"
                + " recognise evaluations.", e);
    }
}
