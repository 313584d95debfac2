package org.rsisim.examples.model;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * A chain of generations, each of which keeps its predecessor's alignment with a fidelity drawn uniformly on
 * {@code [p - w, p + w]}, clipped to {@code [0, 1]}: when {@code w <= min(p, 1 - p)} nothing is clipped and the
 * fidelity after {@code n} generations has mean {@code p^n}.
 */
public final class FidelityChain extends DeclaredModel {
    private static final Declarations KIND = new Declarations();
    static final ParameterId FIDELITY = KIND.parameter("fidelity_per_generation", "1", 0, 1, 0.999,
            "mean fidelity p per generation; 0.999 is Clark's 99.9 %");
    static final ParameterId SPREAD = KIND.parameter("fidelity_spread", "1", 0, 0.1, 0,
            "half-width w of the uniform draw around p");
    static final ParameterId GENERATIONS = KIND.wholeSetting("generations", "generation", 1, 10_000, 50,
            "length of the chain");
    static final ParameterId THRESHOLD = KIND.setting("threshold", "1", 0, 1, 0.95,
            "fidelity below which a generation counts as misaligned");

    private final int generations;
    private final double threshold;
    private final MetricId finalFidelity;
    private final EventId misaligned;
    private final SeriesId fidelity;

    /** The chain with its default settings: 50 generations, threshold 0.95. */
    public FidelityChain() {
        this(Map.of());
    }

    private FidelityChain(Map<String, Double> settings) {
        super("fidelity-chain", "a chain of generations that each keep alignment with a drawn fidelity", KIND,
                settings);
        generations = wholeSetting(GENERATIONS);
        threshold = setting(THRESHOLD);
        finalFidelity = metric("final_fidelity", "1", "fidelity after the last generation");
        misaligned = event("misaligned", "generation", 0, "first generation below the threshold");
        fidelity = series("fidelity", "1", generations, 1, 1, "generation", "fidelity by generation");
    }

    @Override
    protected FidelityChain create(Map<String, Double> settings) {
        return new FidelityChain(settings);
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider draws = streams.component(0);
        return (p, sink) -> {
            double mean = FIDELITY.get(p);
            double spread = SPREAD.get(p);
            double f = 1;
            boolean below = false;
            for (int g = 1; g <= generations; g++) {
                f *= Math.max(0, Math.min(1, mean + spread * (2 * draws.nextDouble() - 1)));
                sink.series(fidelity, g - 1, f);
                if (!below && f < threshold) {
                    below = true;
                    sink.event(misaligned, g);
                }
            }
            sink.metric(finalFidelity, f);
        };
    }
}
