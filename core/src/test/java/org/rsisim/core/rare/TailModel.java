package org.rsisim.core.rare;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * A test model whose rare events have closed forms. Parameters {@code x1, x2, x3} (any real, default 0); metrics
 * {@code first = x1}, {@code min = min(x1, x2, x3)}, {@code sum = x1 + x2}, {@code noisy = x1 + 0.3 e} with
 * {@code e ~ N(0, 1)} drawn from the model's own stream component 0 (not tilted), and event {@code late} at time
 * {@code -x1}, recorded only when {@code x1 > 0} (censored otherwise). A run with {@code x1 > fail_above} throws.
 */
final class TailModel implements Model {
    private static final Declarations KIND = new Declarations();
    static final ParameterId X1 = KIND.parameter("x1", "1", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
            "first input");
    static final ParameterId X2 = KIND.parameter("x2", "1", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
            "second input");
    static final ParameterId X3 = KIND.parameter("x3", "1", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
            "third input");
    static final ParameterId FAIL = KIND.parameter("fail_above", "1", Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, 1e300, "runs with x1 above this throw");
    private static final Declarations OUT = new Declarations();
    static final MetricId FIRST = OUT.metric("first", "1", "x1");
    static final MetricId MIN = OUT.metric("min", "1", "min(x1, x2, x3)");
    static final MetricId SUM = OUT.metric("sum", "1", "x1 + x2");
    static final MetricId NOISY = OUT.metric("noisy", "1", "x1 plus 0.3 times a standard normal of the model's own");
    static final EventId LATE = OUT.event("late", "1", 0, "at time -x1 when x1 > 0");

    @Override
    public String name() {
        return "tail";
    }

    @Override
    public List<Parameter> parameters() {
        return KIND.parameters();
    }

    @Override
    public List<Observable> observables() {
        return OUT.observables();
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(streams.component(0));
        return (p, sink) -> {
            double x1 = X1.get(p);
            if (x1 > FAIL.get(p)) {
                throw new IllegalStateException("x1 = " + x1 + " above fail_above");
            }
            sink.metric(FIRST, x1);
            sink.metric(MIN, Math.min(x1, Math.min(X2.get(p), X3.get(p))));
            sink.metric(SUM, x1 + X2.get(p));
            sink.metric(NOISY, x1 + 0.3 * noise.sample());
            if (x1 > 0) {
                sink.event(LATE, -x1);
            }
        };
    }
}
