package org.rsisim.benchmarks;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.Declarations;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * The simplest model worth timing: over {@code generations} steps a fidelity starts at 1 and is multiplied by a
 * uniform draw on {@code [1 - width, 1]}; the run records the final value as metric {@code final}. It carries the
 * engine's whole per-run cost (stream positioning, parameter sampling, staging, exact statistics) and almost no
 * model cost, so it measures the engine's overhead.
 */
public final class CompoundingModel extends DeclaredModel {
    /** Stream component of the per-generation draws. */
    public static final int DRAWS = 0;
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId WIDTH = DECLARED.parameter("width", "1", 0, 1, 0.002,
            "largest loss of fidelity per generation");
    private final MetricId finalFidelity = metric("final", "1", "fidelity after the last generation");
    private final int generations;

    /**
     * Creates the model.
     *
     * @param generations steps per run, {@code >= 1}
     */
    public CompoundingModel(int generations) {
        super("compounding", "", DECLARED, Map.of());
        if (generations < 1) {
            throw new IllegalArgumentException("generations = " + generations + " is not at least 1");
        }
        this.generations = generations;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(DRAWS);
        int n = generations;
        MetricId out = finalFidelity;
        return (p, sink) -> sink.metric(out, compound(rng, n, WIDTH.get(p)));
    }

    /**
     * The per-generation loop, shared with the hand-written baseline so both time the same arithmetic.
     *
     * @param rng the run's stream
     * @param generations steps
     * @param width largest loss per step
     * @return the final fidelity
     */
    public static double compound(UniformRandomProvider rng, int generations, double width) {
        double x = 1;
        for (int g = 0; g < generations; g++) {
            x *= 1 - width * rng.nextDouble();
        }
        return x;
    }
}
