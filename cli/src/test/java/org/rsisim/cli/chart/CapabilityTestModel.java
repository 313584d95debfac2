package org.rsisim.cli.chart;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Declarations;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * A small model for chart tests. Capability, in log10 of effective compute, starts at 0 in 2026 and grows each
 * year by {@code growth} plus Gaussian noise of standard deviation {@code noise}; event {@code evt} is the first year
 * it exceeds {@code threshold}. It records the series {@code capability} (yearly, 2026 to 2035), the series
 * {@code never} (declared but never written, so every step has no data), the series {@code first_half} (only the
 * first five years), the metrics {@code final_capability} and {@code speedup} (10 to the final capability, spanning
 * orders of magnitude), and the event {@code evt}.
 */
final class CapabilityTestModel extends DeclaredModel {
    static final int YEARS = 10;
    private static final Declarations KIND = new Declarations();
    private static final ParameterId GROWTH = KIND.parameter("growth", "log10 FLOP/year", 0, 5, 0.5,
            "mean yearly growth");
    private static final ParameterId NOISE = KIND.parameter("noise", "log10 FLOP", 0, 5, 0.4,
            "standard deviation of yearly growth");
    private static final ParameterId THRESHOLD = KIND.parameter("threshold", "log10 FLOP", 0, 100, 1.5,
            "capability at which evt happens");

    private final SeriesId capability = series("capability", "log10 FLOP", YEARS, 2026, 1, "year",
            "capability by year");
    private final EventId evt = event("evt", "year", 2026, "first year above the threshold");
    private final MetricId finalCapability = metric("final_capability", "log10 FLOP", "capability in 2035");
    private final MetricId speedup = metric("speedup", "1", "10 to the final capability");
    private final SeriesId never = series("never", "1", YEARS, 2026, 1, "year", "never recorded");
    private final SeriesId firstHalf = series("first_half", "1", YEARS, 1, 1, "generation",
            "recorded for five steps");

    CapabilityTestModel() {
        super("capability-test", "", KIND, Map.of());
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(0);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        return (p, sink) -> {
            double growth = GROWTH.get(p);
            double noise = NOISE.get(p);
            double threshold = THRESHOLD.get(p);
            double c = 0;
            boolean reached = false;
            for (int y = 0; y < YEARS; y++) {
                c += growth + noise * gauss.sample();
                sink.series(capability, y, c);
                if (y < YEARS / 2) {
                    sink.series(firstHalf, y, c * c);
                }
                if (!reached && c > threshold) {
                    reached = true;
                    sink.event(evt, 2026 + y);
                }
            }
            sink.metric(finalCapability, c);
            sink.metric(speedup, Math.pow(10, c));
        };
    }
}
