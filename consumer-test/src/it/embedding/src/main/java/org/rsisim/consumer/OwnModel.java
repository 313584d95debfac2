package org.rsisim.consumer;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/** A model of this module, found by rsisim's catalog as a service: fidelity compounded over fifty generations. */
public final class OwnModel extends DeclaredModel {
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId FIDELITY = DECLARED.parameter("fidelity_per_generation", "1", 0, 1, 0.999,
            "fidelity per generation");

    private final MetricId finalFidelity = metric("final_fidelity", "1", "fidelity after fifty generations");

    /** The model; it has no settings. */
    public OwnModel() {
        super("consumer-compounding", "", DECLARED, Map.of());
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        return (p, sink) -> sink.metric(finalFidelity, Math.pow(FIDELITY.get(p), 50));
    }
}
