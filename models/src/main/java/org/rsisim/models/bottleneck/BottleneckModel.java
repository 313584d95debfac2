package org.rsisim.models.bottleneck;

import java.util.Map;
import org.rsisim.core.Declarations;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.SeriesId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * The bottleneck model ({@code bottleneck}): how much faster AI research and development goes when AI does the
 * engineering ("perspiration") and little or none of the research ("inspiration"), with the two combined by a
 * {@link Ces CES speed-up} of elasticity {@code sigma}.
 *
 * <p>Two tasks: engineering, share {@code w_e} of the work, fully automated and sped up {@code s}; research, share
 * {@code 1 - w_e}, of which a fraction {@code a_r} is automated at the same speed, so research runs
 * {@code Amdahl.speedUp(a_r, s)} faster. The overall speed-up is {@code Ces.speedUp({w_e, 1 - w_e},
 * {s, Amdahl.speedUp(a_r, s)}, sigma)}; at {@code sigma = 0}, {@code a_r = 0} this is Amdahl's
 * {@code 1 / ((1 - w_e) + w_e / s)}, capped at {@code 1 / (1 - w_e)} (100x for the essay's 99 %). The run is
 * deterministic given its parameters: the Monte Carlo is over the scenario's parameter distributions.
 *
 * <p>Observables: metric {@code speed_up}; metric {@code ceiling}, the speed-up as {@code s -> infinity}, recorded
 * only when finite (it is infinite when {@code sigma >= 1}, or when everything is automated); metric
 * {@code research_time_share}, the share of the work that research takes after the speed-up
 * ({@link Ces#workShare}); series {@code speed_up_by_engineering_speed}, the speed-up with every parameter as drawn
 * but the engineering speed-up set to {@code 10^x} for {@code x = 0, 0.25, ..., 6}. Immutable and thread-safe;
 * the simulation allocates nothing per run.
 */
public final class BottleneckModel extends DeclaredModel {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "bottleneck";
    private static final int SERIES_POINTS = 25;
    private static final double SERIES_STEP = 0.25;

    private static final Declarations KIND = new Declarations();
    /** {@code engineering_share}. */
    public static final ParameterId ENGINEERING_SHARE = KIND.parameter("engineering_share", "1", 0, 1, 0.99,
            "share of AI R&D work that is engineering ('99 % perspiration'); SOURCES.md, Clark 2026");
    /** {@code engineering_speed}. */
    public static final ParameterId ENGINEERING_SPEED = KIND.parameter("engineering_speed", "x", 1, 1e9, 52,
            "speed-up of automated engineering; default the 52x CPU-only training-loop speed-up of Apr 2026, "
                    + "SOURCES.md capability curves");
    /** {@code research_automated_share}. */
    public static final ParameterId RESEARCH_AUTOMATED_SHARE = KIND.parameter("research_automated_share", "1", 0,
            1, 0, "share of research ('inspiration') that AI does; default 0 as in the essay, SOURCES.md");
    /** {@code substitution_elasticity}. */
    public static final ParameterId SIGMA = KIND.parameter("substitution_elasticity", "1", 0, 100, 0,
            "elasticity of substitution between engineering and research; 0 is Amdahl; SOURCES.md gives "
                    + "rho = -0.5 (sigma = 2/3, Davidson) and rho = -2 (sigma = 1/3, AI Futures)");

    private final MetricId speedUp = metric("speed_up", "x", "overall speed-up of AI R&D");
    private final MetricId ceiling = metric("ceiling", "x",
            "speed-up as the engineering speed-up grows without bound (recorded only when finite)");
    private final MetricId researchTimeShare = metric("research_time_share", "1",
            "share of the work that research takes after the speed-up");
    private final SeriesId byEngineeringSpeed = series("speed_up_by_engineering_speed", "x",
            SERIES_POINTS, 0, SERIES_STEP, "log10 engineering speed-up",
            "overall speed-up against the engineering speed-up");

    /** Creates the model; it has no settings. */
    public BottleneckModel() {
        super(NAME, "Amdahl/CES bottleneck of AI R&D: automated engineering against research that is not automated",
                KIND, Map.of());
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        double[] w = new double[2];
        double[] s = new double[2];
        return (p, sink) -> {
            double we = ENGINEERING_SHARE.get(p);
            double speed = ENGINEERING_SPEED.get(p);
            double ar = RESEARCH_AUTOMATED_SHARE.get(p);
            double sigma = SIGMA.get(p);
            w[0] = we;
            w[1] = 1 - we;
            s[0] = speed;
            s[1] = Amdahl.speedUp(ar, speed);
            sink.metric(speedUp, Ces.speedUp(w, s, sigma));
            sink.metric(researchTimeShare, Ces.workShare(w, s, sigma, 1));
            for (int k = 0; k < SERIES_POINTS; k++) {
                double sk = Math.pow(10, k * SERIES_STEP);
                s[0] = sk;
                s[1] = Amdahl.speedUp(ar, sk);
                sink.series(byEngineeringSpeed, k, Ces.speedUp(w, s, sigma));
            }
            s[0] = Double.POSITIVE_INFINITY;
            s[1] = Amdahl.speedUp(ar, Double.POSITIVE_INFINITY);
            double bound = Ces.speedUp(w, s, sigma);
            if (bound < Double.POSITIVE_INFINITY) {
                sink.metric(ceiling, bound);
            }
        };
    }
}
