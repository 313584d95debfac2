package org.rsisim.models.analysis;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Declarations;
import org.rsisim.core.MetricId;
import org.rsisim.core.EventId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * A test model with closed forms: metric {@code growth = exp(theta Z)} with {@code Z} standard normal, so
 * {@code E = exp(theta^2 / 2)}; event {@code takeoff} at {@code 2025 + delay + E / (theta rate)} with {@code E}
 * standard exponential, so with fixed parameters {@code P(T <= t) = 1 - exp(-theta rate (t - 2025 - delay))} for
 * {@code t > 2025 + delay}. {@code Z} comes from stream component {@code noiseComponent}, {@code E} from component
 * {@code noiseComponent + 1}; two instances with different components do not share noise.
 */
final class GrowthModel implements Model {
    private static final Declarations OUT = new Declarations();
    private static final MetricId GROWTH = OUT.metric("growth", "1", "exp(theta Z)");
    private static final EventId TAKEOFF = OUT.event("takeoff", "year", 2025, "when the event happens");
    private static final List<Observable> OBSERVABLES = OUT.observables();
    private final int noiseComponent;

    GrowthModel(int noiseComponent) {
        this.noiseComponent = noiseComponent;
    }

    GrowthModel() {
        this(0);
    }

    @Override
    public String name() {
        return "growth";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("theta", "1", 0.01, 5, 0.5, "log-scale spread and speed"),
                new Parameter("rate", "1/year", 0.01, 100, 1, "event rate multiplier"),
                new Parameter("delay", "years", 0, 100, 0, "years before the event can happen"));
    }

    @Override
    public List<Observable> observables() {
        return OBSERVABLES;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider normalRng = streams.component(noiseComponent);
        UniformRandomProvider expRng = streams.component(noiseComponent + 1);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(normalRng);
        ZigguratSampler.Exponential exp = ZigguratSampler.Exponential.of(expRng);
        return (p, sink) -> {
            sink.metric(GROWTH, Math.exp(p[0] * gauss.sample()));
            double t = 2025 + p[2] + exp.sample() / (p[0] * p[1]);
            if (t <= 2100) {
                sink.event(TAKEOFF, t);
            }
        };
    }
}
