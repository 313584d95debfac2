package org.rsisim.models.economy;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.SeriesId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.models.bottleneck.Amdahl;

/**
 * The machine economy ({@code economy}): the share of output made by autonomous firms (SOURCES.md, Clark 2026:
 * "capital-heavy, human-light firms trading among themselves, later fully autonomous corporations"), growing with
 * AI capability and capped by the economy's Amdahl bottleneck ("Amdahl's law for the economy": drug trials,
 * regulatory pipelines and the physical world bind).
 *
 * <p>Capability is the METR time horizon growing exponentially, {@code log10 h(t) = log10 h0 + (t - t0) log10(2) /
 * T_d}. The fraction of the economy's automatable work that autonomous firms can take over is logistic in the
 * log horizon, {@code a(t) = 1 / (1 + exp(-(log10 h(t) - log10 H50) / w))}, half of it at the horizon {@code H50},
 * with a spread of {@code w} orders of magnitude. A share {@code b} of the economy (the slow sectors) cannot be
 * taken over, so the autonomous firms' share of output, valued at pre-automation prices, is
 * {@code phi(t) = (1 - b) a(t)}, never above {@code 1 - b}. Autonomous production runs {@code s} times faster, so
 * output relative to an economy without it is {@code Y(t) = Amdahl.speedUp(phi, s) = 1 / ((1 - phi) + phi / s)},
 * never above {@code 1 / b}, and its growth rate from automation is
 * {@code d ln Y / dt = (1 - 1/s) phi'(t) Y(t)} with {@code phi' = (1 - b) a (1 - a) log10(2) / (T_d w)}.
 * A run is deterministic given its parameters; the Monte Carlo is over the scenario's parameter distributions.
 *
 * <p>Observables: events {@code share_passes_10pct} and {@code share_passes_50pct}, the dates when {@code phi}
 * first reaches 0.1 and 0.5 (closed form; not recorded when {@code 1 - b} is below the level or the date is after
 * {@code end_year}; the start date when already reached); metric {@code peak_output_growth}, the largest
 * {@code d ln Y / dt} per year on a monthly grid; metric {@code output_multiple_at_end}, {@code Y(end_year)};
 * series {@code autonomous_share} and {@code output_growth} ({@code d ln Y / dt}, per year) every year from the
 * start. Immutable and thread-safe; the simulation allocates nothing per run.
 */
public final class EconomyModel extends DeclaredModel {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "economy";
    private static final double LOG10_2 = Math.log10(2);
    private static final int GRID_PER_YEAR = 12;

    private static final Declarations KIND = new Declarations();
    /** {@code capability_doubling_time_years}. */
    public static final ParameterId DOUBLING_TIME = KIND.parameter("capability_doubling_time_years", "years",
            0.01, 10, 0.35,
            "doubling time of the METR horizon; default fitted to 30 s (2022) and 12 h (2026), SOURCES.md");
    /** {@code initial_horizon_hours}. */
    public static final ParameterId INITIAL_HOURS = KIND.parameter("initial_horizon_hours", "hours", 1e-4, 1e6, 12,
            "horizon at the start date; ~12 h in 2026, SOURCES.md");
    /** {@code half_automation_horizon_hours}. */
    public static final ParameterId HALF_HORIZON = KIND.parameter("half_automation_horizon_hours", "hours", 1e-3,
            1e12, 2000, "horizon at which autonomous firms can take over half of the automatable work; assumption: "
                    + "one work-year (2,000 h)");
    /** {@code automation_spread_ooms}. */
    public static final ParameterId SPREAD = KIND.parameter("automation_spread_ooms", "orders of magnitude", 0.01,
            10, 1, "spread of the logistic adoption in log10 horizon; assumption");
    /** {@code bottleneck_share}. */
    public static final ParameterId BOTTLENECK = KIND.parameter("bottleneck_share", "1", 0, 0.99, 0.30,
            "share of the economy autonomous firms cannot take over (slow sectors); default the "
                    + "non-automated share of Pipeline.economy(), an illustrative assumption");
    /** {@code autonomous_speed_up}. */
    public static final ParameterId SPEED = KIND.parameter("autonomous_speed_up", "x", 1, 1e6, 10,
            "how much faster autonomous firms produce than the work they replace; assumption");

    /** Setting {@code start_year}. */
    public static final ParameterId START_YEAR = KIND.setting("start_year", "year", 2000, 2100, 2026.17,
            "date of the initial horizon; default the middle of 2026 before the essay of 4 May 2026");
    /** Setting {@code end_year}, at least one year after {@code start_year}. */
    public static final ParameterId END_YEAR = KIND.setting("end_year", "year", 2000, 2200, 2046,
            "end of the simulated period, at least one year after start_year");

    static {
        KIND.requireAbove(END_YEAR, START_YEAR, 1, false);
    }

    private final double startYear;
    private final double endYear;
    private final EventId sharePasses10;
    private final EventId sharePasses50;
    private final MetricId peakOutputGrowth;
    private final MetricId outputMultiple;
    private final SeriesId autonomousShare;
    private final SeriesId outputGrowth;

    /** Creates the model with default settings. */
    public EconomyModel() {
        this(Map.of());
    }

    /**
     * Creates the model.
     *
     * @param startYear date of the initial horizon, in {@code [2000, 2100]}
     * @param endYear end of the simulated period, in {@code [startYear + 1, 2200]}
     * @throws IllegalArgumentException naming the setting, its value and the allowed range
     */
    public EconomyModel(double startYear, double endYear) {
        this(Map.of("start_year", startYear, "end_year", endYear));
    }

    private EconomyModel(Map<String, Double> settings) {
        super(NAME, "machine economy: autonomous firms' output share, capped by the economy's Amdahl bottleneck",
                KIND, settings);
        this.startYear = setting(START_YEAR);
        this.endYear = setting(END_YEAR);
        int years = (int) Math.floor(endYear - startYear) + 1;
        sharePasses10 = event("share_passes_10pct", "year", startYear, "autonomous firms make 10 % of output");
        sharePasses50 = event("share_passes_50pct", "year", startYear, "autonomous firms make 50 % of output");
        peakOutputGrowth = metric("peak_output_growth", "per year",
                "largest growth rate of output from automation");
        outputMultiple = metric("output_multiple_at_end", "x", "output at the end date over output without it");
        autonomousShare = series("autonomous_share", "1", years, startYear, 1, "year",
                "share of output made by autonomous firms");
        outputGrowth = series("output_growth", "per year", years, startYear, 1, "year",
                "growth rate of output from automation, d ln Y / dt");
    }

    @Override
    protected EconomyModel create(Map<String, Double> settings) {
        return new EconomyModel(settings);
    }

    /**
     * Returns the date when the autonomous share first reaches a level (closed form).
     *
     * @param level the share, in {@code (0, 1)}
     * @param p the parameters, in declaration order
     * @param startYear the start date
     * @return the date; the start date if already reached; {@code +Infinity} if {@code level >= 1 - b}
     */
    public static double dateShareReaches(double level, double[] p, double startYear) {
        double cap = 1 - BOTTLENECK.get(p);
        if (!(level < cap)) {
            return Double.POSITIVE_INFINITY;
        }
        double a = level / cap;
        double log10h = Math.log10(HALF_HORIZON.get(p)) + SPREAD.get(p) * Math.log(a / (1 - a));
        double t = startYear + (log10h - Math.log10(INITIAL_HOURS.get(p))) / LOG10_2 * DOUBLING_TIME.get(p);
        return Math.max(startYear, t);
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        int years = autonomousShare.length();
        int gridPoints = (int) Math.floor((endYear - startYear) * GRID_PER_YEAR) + 1;
        return (p, sink) -> {
            double t10 = dateShareReaches(0.1, p, startYear);
            if (t10 <= endYear) {
                sink.event(sharePasses10, t10);
            }
            double t50 = dateShareReaches(0.5, p, startYear);
            if (t50 <= endYear) {
                sink.event(sharePasses50, t50);
            }
            double peak = 0;
            for (int j = 0; j < gridPoints; j++) {
                peak = Math.max(peak, growth(p, startYear + (double) j / GRID_PER_YEAR));
            }
            sink.metric(peakOutputGrowth, peak);
            sink.metric(outputMultiple, Amdahl.speedUp(share(p, endYear), SPEED.get(p)));
            for (int k = 0; k < years; k++) {
                double t = startYear + k;
                sink.series(autonomousShare, k, share(p, t));
                sink.series(outputGrowth, k, growth(p, t));
            }
        };
    }

    private double adoption(double[] p, double t) {
        double log10h = Math.log10(INITIAL_HOURS.get(p)) + (t - startYear) * LOG10_2 / DOUBLING_TIME.get(p);
        return 1 / (1 + Math.exp(-(log10h - Math.log10(HALF_HORIZON.get(p))) / SPREAD.get(p)));
    }

    private double share(double[] p, double t) {
        return (1 - BOTTLENECK.get(p)) * adoption(p, t);
    }

    private double growth(double[] p, double t) {
        double a = adoption(p, t);
        double phi = (1 - BOTTLENECK.get(p)) * a;
        double dPhi = (1 - BOTTLENECK.get(p)) * a * (1 - a) * LOG10_2 / (DOUBLING_TIME.get(p) * SPREAD.get(p));
        return (1 - 1 / SPEED.get(p)) * dPhi * Amdahl.speedUp(phi, SPEED.get(p));
    }
}
