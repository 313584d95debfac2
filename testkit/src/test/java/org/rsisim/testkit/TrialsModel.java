package org.rsisim.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.rsisim.core.distribution.Distributions;

/**
 * A test model with closed forms: {@code trials} Bernoulli trials of success probability {@code p}, one uniform
 * draw {@code u < p} per trial from the run's component stream 0. The share of successes has mean {@code p}
 * exactly; the first success is at trial {@code k} with probability {@code (1 - p)^(k-1) p}; and since the same
 * uniforms are compared with {@code p}, on common random numbers every observable is non-decreasing in {@code p}
 * (the first success non-increasing). Its {@link Fault}s are the broken variants the testkit must catch.
 */
final class TrialsModel implements Model {
    /** How a variant is broken. */
    enum Fault {
        /** Not broken. */
        NONE,
        /** A static counter shared by every simulation is added to the share (hidden shared state). */
        SHARED_STATIC,
        /** The successes of earlier runs are carried over: a field of the simulation is not reset. */
        LEAKED_FIELD,
        /** Builds a beta distribution with mean p per run, which throws at p = 1 (and p = 0). */
        THROWS_AT_CERTAINTY
    }

    static final int MAX_TRIALS = 40;
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId P = DECLARED.parameter("p", "1", 0, 1, 0.3, "success probability per trial");
    private static final ParameterId TRIALS = DECLARED.parameter("trials", "1", 1, MAX_TRIALS, 10,
            "number of trials (the integer part is used)");
    private static final MetricId SHARE = DECLARED.metric("share", "1", "share of trials that succeeded");
    private static final EventId FIRST = DECLARED.event("first_success", "trial", 0, "trial of the first success");
    private static final SeriesId SUCCESSES = DECLARED.series("successes", "1", MAX_TRIALS, 1, 1, "trial",
            "successes so far");
    private static final List<Parameter> PARAMETERS = DECLARED.parameters();
    private static final List<Observable> OBSERVABLES = DECLARED.observables();
    private static final AtomicLong SHARED = new AtomicLong();

    private final Fault fault;

    TrialsModel(Fault fault) {
        this.fault = fault;
    }

    TrialsModel() {
        this(Fault.NONE);
    }

    @Override
    public String name() {
        return fault == Fault.NONE ? "trials" : "trials-" + fault.name().toLowerCase().replace('_', '-');
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
        return new Simulation() {
            private int carried;

            @Override
            public void run(double[] p, org.rsisim.core.Sink sink) {
                double prob = P.get(p);
                int n = (int) TRIALS.get(p);
                if (fault == Fault.THROWS_AT_CERTAINTY) {
                    Distributions.betaMeanConcentration(prob, 10);
                }
                int successes = fault == Fault.LEAKED_FIELD ? carried : 0;
                boolean first = false;
                for (int k = 0; k < n; k++) {
                    if (rng.nextDouble() < prob) {
                        successes++;
                        if (!first) {
                            sink.event(FIRST, k + 1);
                            first = true;
                        }
                    }
                    sink.series(SUCCESSES, k, successes);
                }
                carried = successes;
                double extra = fault == Fault.SHARED_STATIC ? SHARED.incrementAndGet() * 1e-9 : 0;
                sink.metric(SHARE, (double) successes / n + extra);
            }
        };
    }
}
