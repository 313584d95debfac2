package org.rsisim.cli.chart;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * A small model for chart tests. Capability, in log10 of effective compute, starts at 0 in 2026 and grows each
 * year by {@code growth} plus Gaussian noise of standard deviation {@code noise}; event {@code evt} is the first year
 * it exceeds {@code threshold}. It records the series {@code capability} (yearly, 2026 to 2035), the series
 * {@code never} (declared but never written, so every step has no data), the series {@code first_half} (only the
 * first five years), the metrics {@code final_capability} and {@code speedup} (10 to the final capability, spanning
 * orders of magnitude), and the event {@code evt}.
 */
final class CapabilityTestModel implements Model {
    static final int YEARS = 10;

    @Override
    public String name() {
        return "capability-test";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("growth", "log10 FLOP/year", 0, 5, 0.5, "mean yearly growth"),
                new Parameter("noise", "log10 FLOP", 0, 5, 0.4, "standard deviation of yearly growth"),
                new Parameter("threshold", "log10 FLOP", 0, 100, 1.5, "capability at which evt happens"));
    }

    @Override
    public List<Observable> observables() {
        return List.of(
                Observable.series("capability", "log10 FLOP", YEARS, 2026, 1, "year", "capability by year"),
                Observable.event("evt", "year", 2026, "first year above the threshold"),
                Observable.metric("final_capability", "log10 FLOP", "capability in 2035"),
                Observable.metric("speedup", "1", "10 to the final capability"),
                Observable.series("never", "1", YEARS, 2026, 1, "year", "never recorded"),
                Observable.series("first_half", "1", YEARS, 1, 1, "generation", "recorded for five steps"));
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(0);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        return (p, sink) -> {
            double growth = p[0];
            double noise = p[1];
            double threshold = p[2];
            double c = 0;
            boolean reached = false;
            for (int y = 0; y < YEARS; y++) {
                c += growth + noise * gauss.sample();
                sink.series(0, y, c);
                if (y < YEARS / 2) {
                    sink.series(5, y, c * c);
                }
                if (!reached && c > threshold) {
                    reached = true;
                    sink.event(1, 2026 + y);
                }
            }
            sink.metric(2, c);
            sink.metric(3, Math.pow(10, c));
        };
    }
}
