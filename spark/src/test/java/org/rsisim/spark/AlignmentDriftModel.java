package org.rsisim.spark;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * A test model of generations that train their successors. Each generation, alignment fidelity is multiplied by
 * {@code max(0, 1 - error_rate * X)} with {@code X ~ Exp(1)} (stream component 0), and capability {@code c} by
 * {@code 1 + returns * c * U} with {@code U ~ U(0, 1)} (component 1), which blows up in finite time when returns are
 * high; a run whose capability passes 10^6 is marked diverged at that generation.
 *
 * <p>Records metric {@code final_fidelity}, metric {@code log10_capability}, series {@code fidelity} (per
 * generation) and event {@code misaligned}, the first generation whose fidelity is below one half (censored if
 * none is). Not serialisable, like most models: the spark tests build it from recipes on the executors.
 */
final class AlignmentDriftModel implements Model {
    static final int ERRORS = 0;
    static final int GROWTH = 1;
    private static final double BLOW_UP = 1e6;
    private final int generations;
    private final MetricId finalFidelity;
    private final MetricId log10Capability;
    private final SeriesId fidelitySeries;
    private final EventId misalignedEvent;
    private final List<Observable> observables;

    AlignmentDriftModel(int generations) {
        if (generations < 1) {
            throw new IllegalArgumentException("generations = " + generations + " must be at least 1");
        }
        this.generations = generations;
        Declarations out = new Declarations();
        finalFidelity = out.metric("final_fidelity", "1", "alignment fidelity after the last generation");
        log10Capability = out.metric("log10_capability", "log10", "capability after the last generation");
        fidelitySeries = out.series("fidelity", "1", generations, 1, 1, "generation", "fidelity per generation");
        misalignedEvent = out.event("misaligned", "generation", 0, "first generation with fidelity below 1/2");
        observables = out.observables();
    }

    @Override
    public String name() {
        return "alignment-drift";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("error_rate", "1", 0, 1, 0.05, "mean fidelity lost per generation"),
                new Parameter("returns", "1", 0, 2, 0.1, "capability growth per generation per unit capability"));
    }

    @Override
    public List<Observable> observables() {
        return observables;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        ZigguratSampler.Exponential errors = ZigguratSampler.Exponential.of(streams.component(ERRORS));
        UniformRandomProvider growth = streams.component(GROWTH);
        return (p, sink) -> {
            double errorRate = p[0];
            double returns = p[1];
            double fidelity = 1;
            double capability = 1;
            boolean misaligned = false;
            for (int g = 0; g < generations; g++) {
                fidelity *= Math.max(0, 1 - errorRate * errors.sample());
                capability *= 1 + returns * capability * growth.nextDouble();
                if (capability > BLOW_UP) {
                    sink.diverged(g);
                    return;
                }
                sink.series(fidelitySeries, g, fidelity);
                if (!misaligned && fidelity < 0.5) {
                    misaligned = true;
                    sink.event(misalignedEvent, g + 1);
                }
            }
            sink.metric(finalFidelity, fidelity);
            sink.metric(log10Capability, Math.log10(capability));
        };
    }
}
