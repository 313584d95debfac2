package org.example.oversight;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.Declarations;
import org.rsisim.core.MetricId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
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
public final class OversightModel implements Model {
    static final int GENERATIONS = 20;
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId OVERSIGHT = DECLARED.parameter("oversight", "1", 0, 1, 0.5,
            "share of errors that oversight catches");
    private static final ParameterId ERROR_RATE = DECLARED.parameter("error_rate", "1", 0, 0.1, 0.01,
            "mean share of fidelity lost per generation without oversight");
    private static final MetricId FIDELITY = DECLARED.metric("fidelity", "1", "fidelity after the last generation");
    private static final SeriesId BY_GENERATION = DECLARED.series("fidelity_by_generation", "1", GENERATIONS, 1, 1,
            "generation", "fidelity after each generation");
    private static final List<Parameter> PARAMETERS = DECLARED.parameters();
    private static final List<Observable> OBSERVABLES = DECLARED.observables();

    @Override
    public String name() {
        return "oversight";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<Observable> observables() {
        return OBSERVABLES;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(0);
        return (p, sink) -> {
            double loss = 2 * ERROR_RATE.get(p) * (1 - OVERSIGHT.get(p));
            double fidelity = 1;
            for (int g = 0; g < GENERATIONS; g++) {
                fidelity *= 1 - loss * rng.nextDouble();
                sink.series(BY_GENERATION, g, fidelity);
            }
            sink.metric(FIDELITY, fidelity);
        };
    }
}
