package org.rsisim.core.declared;

import java.util.*;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.*;

/**
 * The example of {@link DeclaredModel}'s Javadoc, with both wildcard imports that clash on {@code Observable} when a
 * model names it: each of {@code n} steps succeeds with probability {@code p}.
 */
public final class Coins extends DeclaredModel {
    private static final Declarations KIND = new Declarations();
    static final ParameterId P = KIND.parameter("p", "1", 0, 1, 0.5, "chance that a step succeeds");
    static final ParameterId STEPS = KIND.wholeSetting("steps", "step", 1, 1000, 10, "number of steps");

    private final int steps;
    private final MetricId successes;
    private final EventId allSucceeded;

    /** The model with its default settings. */
    public Coins() {
        this(Map.of());
    }

    private Coins(Map<String, Double> settings) {
        super("coins", "independent steps that each succeed with probability p", KIND, settings);
        steps = wholeSetting(STEPS);
        successes = metric("successes", "step", "number of steps that succeeded");
        allSucceeded = event("all_succeeded", "step", 0, "every step succeeded, at the last step");
    }

    @Override
    protected Coins create(Map<String, Double> settings) {
        return new Coins(settings);
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(0);
        return (parameters, sink) -> {
            double p = P.get(parameters);
            int count = 0;
            for (int i = 0; i < steps; i++) {
                if (rng.nextDouble() < p) {
                    count++;
                }
            }
            sink.metric(successes, count);
            if (count == steps) {
                sink.event(allSucceeded, steps);
            }
        };
    }
}
