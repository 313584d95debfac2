package org.rsisim.models.rsi;

import java.util.Map;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.NamedScenario;

/**
 * The named scenarios of the {@link RsiChain}. Each call builds a new, immutable scenario; thread-safe.
 */
public final class RsiScenarios {
    /** Lower bound of the automation midpoint prior of {@code clark-2028}, OOM above a 12 h METR horizon. */
    public static final double CLARK_MIDPOINT_LOW = 0.25;
    /** Upper bound of the automation midpoint prior of {@code clark-2028}, OOM. */
    public static final double CLARK_MIDPOINT_HIGH = 3.0;
    /** Lower bound of the base generation time prior of {@code clark-2028}, years. */
    public static final double CLARK_BASE_LOW = 0.5;
    /** Upper bound of the base generation time prior of {@code clark-2028}, years. */
    public static final double CLARK_BASE_HIGH = 1.5;

    private RsiScenarios() {
    }

    private static RsiChain chain(double horizon) {
        return new RsiChain().withSettings(Map.of("start_date", RsiChain.ESSAY_DATE,
                "generations", 40.0, "horizon", horizon));
    }

    /**
     * {@code clark-2028}: the chain from 4 May 2026 (2026.337), calibrated so that AI R&amp;D is automated (event
     * {@code automated_ai_rd}, automation level 0.9) before 2028.0 with probability 0.30 and before 2029.0 with
     * probability 0.60, the essay's figures (SOURCES.md). The two calibrated priors are the automation midpoint,
     * uniform on [{@value #CLARK_MIDPOINT_LOW}, {@value #CLARK_MIDPOINT_HIGH}] orders of magnitude above today's
     * capability, and the base generation time, uniform on [{@value #CLARK_BASE_LOW}, {@value #CLARK_BASE_HIGH}]
     * years; every other parameter is at its default. Horizon 2036.0, 10^6 runs, seed 2028.
     *
     * @return the scenario
     */
    public static NamedScenario clark2028() {
        Experiment e = Experiment.builder(chain(2036)).name("clark-2028").runs(1_000_000).seed(2028)
                .parameter("automation_midpoint_ooms", Distributions.uniform(CLARK_MIDPOINT_LOW, CLARK_MIDPOINT_HIGH))
                .parameter("base_generation_years", Distributions.uniform(CLARK_BASE_LOW, CLARK_BASE_HIGH))
                .eventTimes("automated_ai_rd", 2027.0, 2028.0, 2029.0, 2030.0, 2032.0, 2036.0)
                .build();
        return new NamedScenario("clark-2028", "The recursive self-improvement chain from 4 May 2026, calibrated to"
                + " the essay's 30 % chance that AI R&D is automated (an AI system trains its successor) by the end"
                + " of 2027 and 60 % by the end of 2028. The automation midpoint (uniform 0.25-3 orders of magnitude"
                + " of capability above today's) and the base generation time (uniform 0.5-1.5 years) were fixed by"
                + " solving for those two probabilities; the rest are the model's defaults.", e);
    }

    /**
     * {@code takeoff-alignment}: {@code clark-2028}'s timing priors with alignment under strain: per-generation
     * fidelity uniform on [0.99, 0.999] with dispersion 0.2, oversight detecting 90 % of drift and correcting 90 %,
     * evaluation awareness uniform on [0, 1] per order of magnitude of capability, misalignment threshold 0.95,
     * horizon 2040.0. It shows the risk of a misaligned successor before and after AI R&amp;D is automated and how
     * fidelity stands at that date. 200,000 runs, seed 2027.
     *
     * @return the scenario
     */
    public static NamedScenario takeoffAlignment() {
        Experiment e = Experiment.builder(chain(2040)).name("takeoff-alignment").runs(200_000).seed(2027)
                .parameter("automation_midpoint_ooms", Distributions.uniform(CLARK_MIDPOINT_LOW, CLARK_MIDPOINT_HIGH))
                .parameter("base_generation_years", Distributions.uniform(CLARK_BASE_LOW, CLARK_BASE_HIGH))
                .parameter("fidelity_per_generation", Distributions.uniform(0.99, 0.999))
                .parameter("fidelity_dispersion", 0.2)
                .parameter("detection_probability", 0.9)
                .parameter("correction_fraction", 0.9)
                .parameter("evaluation_awareness", Distributions.uniform(0, 1))
                .eventTimes("automated_ai_rd", 2028.0, 2029.0, 2030.0, 2035.0, 2040.0)
                .build();
        return new NamedScenario("takeoff-alignment", "clark-2028's timing with imperfect alignment (99-99.9 % per"
                + " generation, noisy), strong oversight (90 % detection and correction) and evaluation awareness"
                + " (0-1 per order of magnitude of capability): the probability that a successor falls below 95 %"
                + " fidelity before and after AI R&D is automated, and the fidelity at automation.", e);
    }
}
