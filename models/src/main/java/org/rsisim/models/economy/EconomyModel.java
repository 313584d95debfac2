package org.rsisim.models.economy;

import java.util.List;
import java.util.Map;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.models.ModelProvider;
import org.rsisim.models.bottleneck.Amdahl;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.NamedScenario;

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
public final class EconomyModel implements Model {
    /** Index of {@code capability_doubling_time_years}. */
    public static final int DOUBLING_TIME = 0;
    /** Index of {@code initial_horizon_hours}. */
    public static final int INITIAL_HOURS = 1;
    /** Index of {@code half_automation_horizon_hours}. */
    public static final int HALF_HORIZON = 2;
    /** Index of {@code automation_spread_ooms}. */
    public static final int SPREAD = 3;
    /** Index of {@code bottleneck_share}. */
    public static final int BOTTLENECK = 4;
    /** Index of {@code autonomous_speed_up}. */
    public static final int SPEED = 5;

    private static final double LOG10_2 = Math.log10(2);
    private static final int GRID_PER_YEAR = 12;

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("capability_doubling_time_years", "years", 0.01, 10, 0.35,
                    "doubling time of the METR horizon; default fitted to 30 s (2022) and 12 h (2026), SOURCES.md"),
            new Parameter("initial_horizon_hours", "hours", 1e-4, 1e6, 12,
                    "horizon at the start date; ~12 h in 2026, SOURCES.md"),
            new Parameter("half_automation_horizon_hours", "hours", 1e-3, 1e12, 2000,
                    "horizon at which autonomous firms can take over half of the automatable work; assumption: "
                            + "one work-year (2,000 h)"),
            new Parameter("automation_spread_ooms", "orders of magnitude", 0.01, 10, 1,
                    "spread of the logistic adoption in log10 horizon; assumption"),
            new Parameter("bottleneck_share", "1", 0, 0.99, 0.30,
                    "share of the economy autonomous firms cannot take over (slow sectors); default the "
                            + "non-automated share of Pipeline.economy(), an illustrative assumption"),
            new Parameter("autonomous_speed_up", "x", 1, 1e6, 10,
                    "how much faster autonomous firms produce than the work they replace; assumption"));

    /** The settings. */
    public static final List<Parameter> SETTINGS = List.of(
            new Parameter("start_year", "year", 2000, 2100, 2026.17,
                    "date of the initial horizon; default the middle of 2026 before the essay of 4 May 2026"),
            new Parameter("end_year", "year", 2000, 2200, 2046, "end of the simulated period"));

    /** The provider of this model kind. */
    public static final ModelProvider PROVIDER = new ModelProvider() {
        @Override
        public String name() {
            return "economy";
        }

        @Override
        public String description() {
            return "machine economy: autonomous firms' output share, capped by the economy's Amdahl bottleneck";
        }

        @Override
        public List<Parameter> settings() {
            return SETTINGS;
        }

        @Override
        public Model create(Map<String, Double> settings) {
            for (String key : settings.keySet()) {
                if (SETTINGS.stream().noneMatch(p -> p.name().equals(key))) {
                    throw new IllegalArgumentException("model economy has no setting '" + key + "'; known: "
                            + SETTINGS.stream().map(Parameter::name).toList());
                }
            }
            return new EconomyModel(settings.getOrDefault("start_year", SETTINGS.get(0).defaultValue()),
                    settings.getOrDefault("end_year", SETTINGS.get(1).defaultValue()));
        }
    };

    private final double startYear;
    private final double endYear;
    private final List<Observable> observables;

    /**
     * Creates the model.
     *
     * @param startYear date of the initial horizon, in {@code [2000, 2100]}
     * @param endYear end of the simulated period, in {@code [startYear + 1, 2200]}
     * @throws IllegalArgumentException naming the setting, its value and the allowed range
     */
    public EconomyModel(double startYear, double endYear) {
        this.startYear = SETTINGS.get(0).check(startYear);
        this.endYear = SETTINGS.get(1).check(endYear);
        if (!(endYear >= startYear + 1)) {
            throw new IllegalArgumentException("setting end_year = " + endYear + " is outside the allowed range ["
                    + (startYear + 1) + ", 2200] (at least one year after start_year)");
        }
        int years = (int) Math.floor(endYear - startYear) + 1;
        this.observables = List.of(
                Observable.event("share_passes_10pct", "year", startYear,
                        "autonomous firms make 10 % of output"),
                Observable.event("share_passes_50pct", "year", startYear,
                        "autonomous firms make 50 % of output"),
                Observable.metric("peak_output_growth", "per year", "largest growth rate of output from automation"),
                Observable.metric("output_multiple_at_end", "x", "output at the end date over output without it"),
                Observable.series("autonomous_share", "1", years, startYear, 1, "year",
                        "share of output made by autonomous firms"),
                Observable.series("output_growth", "per year", years, startYear, 1, "year",
                        "growth rate of output from automation, d ln Y / dt"));
    }

    /** Creates the model with default settings. */
    public EconomyModel() {
        this(SETTINGS.get(0).defaultValue(), SETTINGS.get(1).defaultValue());
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
        double cap = 1 - p[BOTTLENECK];
        if (!(level < cap)) {
            return Double.POSITIVE_INFINITY;
        }
        double a = level / cap;
        double log10h = Math.log10(p[HALF_HORIZON]) + p[SPREAD] * Math.log(a / (1 - a));
        double t = startYear + (log10h - Math.log10(p[INITIAL_HOURS])) / LOG10_2 * p[DOUBLING_TIME];
        return Math.max(startYear, t);
    }

    @Override
    public String name() {
        return "economy";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<Observable> observables() {
        return observables;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        int years = observables.get(4).length();
        int gridPoints = (int) Math.floor((endYear - startYear) * GRID_PER_YEAR) + 1;
        return (p, sink) -> {
            double t10 = dateShareReaches(0.1, p, startYear);
            if (t10 <= endYear) {
                sink.event(0, t10);
            }
            double t50 = dateShareReaches(0.5, p, startYear);
            if (t50 <= endYear) {
                sink.event(1, t50);
            }
            double peak = 0;
            for (int j = 0; j < gridPoints; j++) {
                peak = Math.max(peak, growth(p, startYear + (double) j / GRID_PER_YEAR));
            }
            sink.metric(2, peak);
            sink.metric(3, Amdahl.speedUp(share(p, endYear), p[SPEED]));
            for (int k = 0; k < years; k++) {
                double t = startYear + k;
                sink.series(4, k, share(p, t));
                sink.series(5, k, growth(p, t));
            }
        };
    }

    private double adoption(double[] p, double t) {
        double log10h = Math.log10(p[INITIAL_HOURS]) + (t - startYear) * LOG10_2 / p[DOUBLING_TIME];
        return 1 / (1 + Math.exp(-(log10h - Math.log10(p[HALF_HORIZON])) / p[SPREAD]));
    }

    private double share(double[] p, double t) {
        return (1 - p[BOTTLENECK]) * adoption(p, t);
    }

    private double growth(double[] p, double t) {
        double a = adoption(p, t);
        double phi = (1 - p[BOTTLENECK]) * a;
        double dPhi = (1 - p[BOTTLENECK]) * a * (1 - a) * LOG10_2 / (p[DOUBLING_TIME] * p[SPREAD]);
        return (1 - 1 / p[SPEED]) * dPhi * Amdahl.speedUp(phi, p[SPEED]);
    }

    /**
     * The named scenario {@code machine-economy}: when autonomous firms make 10 % and 50 % of output. The horizon
     * doubling time is uniform on 2.5-9 months (AI 2027, SOURCES.md); the rest are assumptions spanning wide
     * ranges: the horizon of half adoption log-uniform from one work-month (167 h) to ten work-years (20,000 h),
     * spread uniform 0.5-1.5 orders of magnitude, bottleneck share uniform 0.1-0.5, autonomous speed-up
     * log-uniform 2-100. 100,000 runs, seed 2026.
     *
     * @return the scenario
     */
    public static NamedScenario scenario() {
        Experiment e = Experiment.builder(new EconomyModel()).name("machine-economy").runs(100_000).seed(2026)
                .parameter("capability_doubling_time_years", Distributions.uniform(2.5 / 12, 9.0 / 12))
                .parameter("half_automation_horizon_hours", Distributions.logUniform(167, 20_000))
                .parameter("automation_spread_ooms", Distributions.uniform(0.5, 1.5))
                .parameter("bottleneck_share", Distributions.uniform(0.1, 0.5))
                .parameter("autonomous_speed_up", Distributions.logUniform(2, 100))
                .eventTimes("share_passes_10pct", 2028, 2030, 2035, 2040)
                .eventTimes("share_passes_50pct", 2030, 2035, 2040, 2045)
                .build();
        return new NamedScenario("machine-economy", "share of output made by autonomous firms, capped by the "
                + "economy's slow sectors: dates of 10 % and 50 %, and output growth", e);
    }
}
