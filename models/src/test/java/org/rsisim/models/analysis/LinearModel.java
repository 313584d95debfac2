package org.rsisim.models.analysis;

import java.util.ArrayList;
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
 * {@code y = sum_i c_i x_i + noise Z}, with {@code Z} standard normal from stream component 0. For independent
 * parameters, {@code Var(y) = sum c_i^2 Var(x_i) + noise^2} and {@code S_i = ST_i = c_i^2 Var(x_i) / Var(y)}.
 * Also records the event {@code crossed} at time {@code y} when {@code y > 0}.
 */
final class LinearModel implements Model {
    private static final Declarations OUT = new Declarations();
    private static final MetricId Y = OUT.metric("y", "1", "the linear combination plus noise");
    private static final EventId CROSSED = OUT.event("crossed", "year", 0, "y, when y is positive");
    private static final List<Observable> OBSERVABLES = OUT.observables();
    private final double[] coefficients;
    private final double noise;

    LinearModel(double noise, double... coefficients) {
        this.coefficients = coefficients.clone();
        this.noise = noise;
    }

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>();
        for (int i = 0; i < coefficients.length; i++) {
            list.add(new Parameter("x" + (i + 1), "1", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                    "input " + (i + 1)));
        }
        return List.copyOf(list);
    }

    @Override
    public List<Observable> observables() {
        return OBSERVABLES;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(0);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        return (p, sink) -> {
            double y = noise * gauss.sample();
            for (int i = 0; i < coefficients.length; i++) {
                y += coefficients[i] * p[i];
            }
            sink.metric(Y, y);
            if (y > 0) {
                sink.event(CROSSED, y);
            }
        };
    }
}
