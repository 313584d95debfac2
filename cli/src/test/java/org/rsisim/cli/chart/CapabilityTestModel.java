package org.rsisim.cli.chart;

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
 * A small model for chart tests. Capability, in log10 of effective compute, starts at 0 in 2026 and grows each
 * year by {@code growth} plus Gaussian noise of standard deviation {@code noise}; event {@code evt} is the first year
 * it exceeds {@code threshold}. It records the series {@code capability} (yearly, 2026 to 2035), the series
 * {@code never} (declared but never written, so every step has no data), the series {@code first_half} (only the
 * first five years), the metrics {@code final_capability} and {@code speedup} (10 to the final capability, spanning
 * orders of magnitude), and the event {@code evt}.
 */
final class CapabilityTestModel implements Model {
    static final int YEARS = 10;
    private static final Declarations OUT = new Declarations();
    private static final SeriesId CAPABILITY = OUT.series("capability", "log10 FLOP", YEARS, 2026, 1, "year",
            "capability by year");
    private static final EventId EVT = OUT.event("evt", "year", 2026, "first year above the threshold");
    private static final MetricId FINAL_CAPABILITY = OUT.metric("final_capability", "log10 FLOP", "capability in 2035");
    private static final MetricId SPEEDUP = OUT.metric("speedup", "1", "10 to the final capability");
    private static final SeriesId NEVER = OUT.series("never", "1", YEARS, 2026, 1, "year", "never recorded");
    private static final SeriesId FIRST_HALF = OUT.series("first_half", "1", YEARS, 1, 1, "generation",
            "recorded for five steps");
    private static final List<Observable> OBSERVABLES = OUT.observables();

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
        return OBSERVABLES;
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
                sink.series(CAPABILITY, y, c);
                if (y < YEARS / 2) {
                    sink.series(FIRST_HALF, y, c * c);
                }
                if (!reached && c > threshold) {
                    reached = true;
                    sink.event(EVT, 2026 + y);
                }
            }
            sink.metric(FINAL_CAPABILITY, c);
            sink.metric(SPEEDUP, Math.pow(10, c));
        };
    }
}
