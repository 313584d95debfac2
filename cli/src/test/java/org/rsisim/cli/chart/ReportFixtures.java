package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.scenario.report.SweepPoint;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Manifest;
import org.rsisim.core.Result;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Histogram;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/** Results for the chart and HTML tests, from the real engine on {@link CapabilityTestModel}. */
final class ReportFixtures {
    static final long SEED = 1;

    private ReportFixtures() {
    }

    /** Runs the test model: 2000 runs, seed 1, event times 2027 to 2029. */
    static Result run(double growth, long runs) {
        Experiment e = Experiment.builder(new CapabilityTestModel()).name("capability test").runs(runs).seed(SEED)
                .parameter("growth", growth).eventTimes("evt", 2027, 2028, 2029).build();
        return Engine.withThreads(1).run(e);
    }

    /** A context with the base result and a sweep of growth and noise, three values each. */
    static ReportContext withSweep() {
        Result base = run(0.5, 2000);
        List<SweepPoint> sweep = new ArrayList<>();
        for (double g : new double[] {0.3, 0.5, 0.8}) {
            sweep.add(new SweepPoint("growth", g, run(g, 400)));
        }
        for (double noise : new double[] {0.1, 0.4, 1.0}) {
            Experiment e = Experiment.builder(new CapabilityTestModel()).runs(400).seed(SEED)
                    .parameter("noise", noise).eventTimes("evt", 2027, 2028, 2029).build();
            sweep.add(new SweepPoint("noise", noise, Engine.withThreads(1).run(e)));
        }
        return new ReportContext("capability test", base, sweep);
    }

    /**
     * A result with one series step and one event time, built by hand: the smallest shapes a chart must draw.
     */
    static Result singlePoint() {
        double[] levels = Quantiles.standardLevels();
        double[] values = new double[levels.length];
        Arrays.fill(values, 2027.5);
        Quantiles q = new Quantiles(levels, values);
        EventSummary event = new EventSummary("once", "year", 100, 40, new double[] {2028},
                new Proportion[] {Proportion.wilson(40, 100)}, 0.6, q, Estimate.ofMean(2027.5, 0.1));
        SeriesBands bands = new SeriesBands("one step", "1", "year", new double[] {2028}, new long[] {100},
                new double[] {3}, new double[] {1}, new double[] {2}, new double[] {3}, new double[] {4},
                new double[] {5});
        Manifest m = new Manifest("0.1.0", "none", "single", "0", 3, 100, 100, 1, 64, 0.0, false);
        return new Result(m, Map.of(), Map.of(event.name(), event), Map.of(bands.name(), bands), 100, 0, 0,
                Map.of(), List.of(), null);
    }

    /**
     * A result of zero counted runs, built by hand as the engine would report it: NaN estimates, empty histograms,
     * NaN proportions and bands. Names carry characters that need escaping in HTML and file names.
     */
    static Result empty() {
        double nan = Double.NaN;
        double[] levels = Quantiles.standardLevels();
        double[] nans = new double[levels.length];
        Arrays.fill(nans, nan);
        Quantiles q = new Quantiles(levels, nans);
        MetricSummary metric = new MetricSummary("odd <name> & \"quotes\"/../x", "1", 0, Estimate.ofMean(nan, nan),
                nan, nan, nan, q, new Histogram(new double[] {0, 1}, new long[1], 0, 0, false));
        EventSummary event = new EventSummary("never happens", "year", 0, 0, new double[] {2028},
                new Proportion[] {Proportion.wilson(0, 0)}, nan, q, Estimate.ofMean(nan, nan));
        double[] idx = {2026, 2027, 2028};
        double[] n3 = {nan, nan, nan};
        SeriesBands bands = new SeriesBands("empty series", "1", "year", idx, new long[3], n3, n3, n3, n3, n3, n3);
        Manifest m = new Manifest("0.1.0", "none", "empty", "0", 7, 0, 100, 1, 64, 0.0, true);
        return new Result(m, Map.of(metric.name(), metric), Map.of(event.name(), event), Map.of(bands.name(), bands),
                0, 0, 0, Map.of(), List.of(), null);
    }
}
