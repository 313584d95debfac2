package org.rsisim.consumer;

import java.util.List;
import org.rsisim.core.Declarations;
import org.rsisim.core.MetricId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/** A model of this module, found by rsisim's catalog as a service: fidelity compounded over fifty generations. */
public final class OwnModel implements Model {
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId FIDELITY = DECLARED.parameter("fidelity_per_generation", "1", 0, 1, 0.999,
            "fidelity per generation");
    private static final MetricId FINAL = DECLARED.metric("final_fidelity", "1", "fidelity after fifty generations");
    private static final List<Parameter> PARAMETERS = DECLARED.parameters();
    private static final List<Observable> OBSERVABLES = DECLARED.observables();

    /** The model; it has no settings. */
    public OwnModel() {
    }

    @Override
    public String name() {
        return "consumer-compounding";
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
        return (p, sink) -> sink.metric(FINAL, Math.pow(FIDELITY.get(p), 50));
    }
}
