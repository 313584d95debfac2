package org.rsisim.testkit.guide;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * The small model of docs/testing.md: a share {@code f} of research is automated and runs {@code s} times faster,
 * with lognormal noise on {@code s} each year; the speed-up is Amdahl's {@code 1 / ((1 - f) + f / s)} and progress
 * accumulates it over ten years.
 */
public final class ResearchSpeedModel implements Model {
    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("automated_share", "1", 0, 1, 0.5, "share f of research that AI does"),
            new Parameter("ai_speed", "x", 1, 1e6, 10, "median speed s of AI on the automated share"),
            new Parameter("speed_noise", "1", 0, 2, 0.3, "log-sd of the yearly speed"));
    private static final List<Observable> OBSERVABLES = List.of(
            Observable.metric("human_time_share", "1", "share of research time spent on the human part, year 1"),
            Observable.series("progress", "years", 10, 1, 1, "year", "cumulative progress in baseline years"),
            Observable.series("speed_up", "x", 10, 1, 1, "year", "research speed-up in each year"));

    @Override
    public String name() {
        return "research-speed";
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
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(streams.component(0));
        return (p, sink) -> {
            double f = p[0];
            double progress = 0;
            for (int year = 0; year < 10; year++) {
                double s = p[1] * Math.exp(p[2] * z.sample());
                double time = (1 - f) + f / s;
                if (year == 0) {
                    sink.metric(0, (1 - f) / time);
                }
                progress += 1 / time;
                sink.series(1, year, progress);
                sink.series(2, year, 1 / time);
            }
        };
    }
}
