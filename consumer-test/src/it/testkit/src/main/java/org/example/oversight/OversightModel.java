package org.example.oversight;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.Declarations;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * A researcher's own model: over 20 generations each successor keeps a share {@code 1 - 2 u e (1 - o)} of its
 * trainer's alignment fidelity, with {@code e} the error rate, {@code o} the oversight and {@code u} uniform in
 * {@code [0, 1)}, one draw per generation. Fidelity stays in {@code [0, 1]}, never rises from one generation to the
 * next, and never falls when oversight rises (on the same random numbers).
 */
public final class OversightModel extends DeclaredModel {
    static final int GENERATIONS = 20;
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId OVERSIGHT = DECLARED.parameter("oversight", "1", 0, 1, 0.5,
            "share of errors that oversight catches");
    private static final ParameterId ERROR_RATE = DECLARED.parameter("error_rate", "1", 0, 0.1, 0.01,
            "mean share of fidelity lost per generation without oversight");
    private final MetricId finalFidelity = metric("fidelity", "1", "fidelity after the last generation");
    private final SeriesId byGeneration = series("fidelity_by_generation", "1", GENERATIONS, 1, 1,
            "generation", "fidelity after each generation");

    /** The model; it has no settings. */
    public OversightModel() {
        super("oversight", "", DECLARED, Map.of());
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(0);
        return (p, sink) -> {
            double loss = 2 * ERROR_RATE.get(p) * (1 - OVERSIGHT.get(p));
            double fidelity = 1;
            for (int g = 0; g < GENERATIONS; g++) {
                fidelity *= 1 - loss * rng.nextDouble();
                sink.series(byGeneration, g, fidelity);
            }
            sink.metric(finalFidelity, fidelity);
        };
    }
}
