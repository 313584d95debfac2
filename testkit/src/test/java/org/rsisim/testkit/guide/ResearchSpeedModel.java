package org.rsisim.testkit.guide;

import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Declarations;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * The small model of docs/testing.md: a share {@code f} of research is automated and runs {@code s} times faster,
 * with lognormal noise on {@code s} each year; the speed-up is Amdahl's {@code 1 / ((1 - f) + f / s)} and progress
 * accumulates it over ten years.
 */
public final class ResearchSpeedModel extends DeclaredModel {
    private static final Declarations DECLARED = new Declarations();
    private static final ParameterId AUTOMATED_SHARE = DECLARED.parameter("automated_share", "1", 0, 1, 0.5,
            "share f of research that AI does");
    private static final ParameterId AI_SPEED = DECLARED.parameter("ai_speed", "x", 1, 1e6, 10,
            "median speed s of AI on the automated share");
    private static final ParameterId SPEED_NOISE = DECLARED.parameter("speed_noise", "1", 0, 2, 0.3,
            "log-sd of the yearly speed");
    private final MetricId humanTimeShare = metric("human_time_share", "1",
            "share of research time spent on the human part, year 1");
    private final SeriesId progressSeries = series("progress", "years", 10, 1, 1, "year",
            "cumulative progress in baseline years");
    private final SeriesId speedUp = series("speed_up", "x", 10, 1, 1, "year",
            "research speed-up in each year");

    /** The model; it has no settings. */
    public ResearchSpeedModel() {
        super("research-speed", "", DECLARED, Map.of());
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(streams.component(0));
        return (p, sink) -> {
            double f = AUTOMATED_SHARE.get(p);
            double progress = 0;
            for (int year = 0; year < 10; year++) {
                double s = AI_SPEED.get(p) * Math.exp(SPEED_NOISE.get(p) * z.sample());
                double time = (1 - f) + f / s;
                if (year == 0) {
                    sink.metric(humanTimeShare, (1 - f) / time);
                }
                progress += 1 / time;
                sink.series(progressSeries, year, progress);
                sink.series(speedUp, year, 1 / time);
            }
        };
    }
}
