package org.rsisim.examples.model;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * A chain of generations, each of which keeps its predecessor's alignment with a fidelity drawn uniformly on
 * {@code [p - w, p + w]}, clipped to {@code [0, 1]}: when {@code w <= min(p, 1 - p)} nothing is clipped and the
 * fidelity after {@code n} generations has mean {@code p^n}.
 */
public final class FidelityChain implements Model {
    private static final Declarations KIND = new Declarations();
    static final ParameterId FIDELITY = KIND.parameter("fidelity_per_generation", "1", 0, 1, 0.999,
            "mean fidelity p per generation; 0.999 is Clark's 99.9 %");
    static final ParameterId SPREAD = KIND.parameter("fidelity_spread", "1", 0, 0.1, 0,
            "half-width w of the uniform draw around p");
    static final ParameterId GENERATIONS = KIND.wholeSetting("generations", "generation", 1, 10_000, 50,
            "length of the chain");
    static final ParameterId THRESHOLD = KIND.setting("threshold", "1", 0, 1, 0.95,
            "fidelity below which a generation counts as misaligned");
    private static final List<Parameter> PARAMETERS = KIND.parameters();
    private static final List<Parameter> SETTINGS = KIND.settings();

    private final int generations;
    private final double threshold;
    private final MetricId finalFidelity;
    private final EventId misaligned;
    private final SeriesId fidelity;
    private final List<Observable> observables;

    /** The chain with its default settings: 50 generations, threshold 0.95. */
    public FidelityChain() {
        this(KIND.resolve("fidelity-chain", Map.of()));
    }

    private FidelityChain(double[] settings) {
        generations = GENERATIONS.getInt(settings);
        threshold = THRESHOLD.get(settings);
        Declarations out = new Declarations();
        finalFidelity = out.metric("final_fidelity", "1", "fidelity after the last generation");
        misaligned = out.event("misaligned", "generation", 0, "first generation below the threshold");
        fidelity = out.series("fidelity", "1", generations, 1, 1, "generation", "fidelity by generation");
        observables = out.observables();
    }

    @Override
    public FidelityChain withSettings(Map<String, Double> settings) {
        return new FidelityChain(KIND.resolve("fidelity-chain", settings));
    }

    @Override
    public String name() {
        return "fidelity-chain";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<Parameter> settings() {
        return SETTINGS;
    }

    @Override
    public List<Observable> observables() {
        return observables;
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
