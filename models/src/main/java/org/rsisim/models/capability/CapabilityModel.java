package org.rsisim.models.capability;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.models.ModelProvider;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.NamedScenario;

/**
 * The capability model ({@code capability}): a METR-style 50 % time horizon that doubles again and again from its
 * value at the start date, each doubling taking {@code (1 - delta)} times as long as the one before, with optional
 * noise in each doubling's duration. The closed forms without noise are in {@link TimeHorizon}.
 *
 * <p>A run draws the duration of doubling {@code k = 0, 1, ...} as {@code T_d (1 - delta)^k exp(sigma Z_k)}, with
 * {@code Z_k} standard normal from stream component {@value #NOISE_COMPONENT} ({@code sigma = 0}: no draw, the
 * closed form), and takes {@code log2 h} to grow linearly in time within a doubling. When {@code delta > 0} and the
 * next doubling would take less than {@value #MIN_DOUBLING_YEARS} years, the rest of the series of doublings adds up
 * to about {@code d / delta} (expected value {@code d exp(sigma^2 / 2) / delta} with noise, exact without), so the
 * run records the event {@code blow_up} at that date (if it is not after the end date) and stops: the horizon
 * reaches infinity there. It never records an infinite value.
 *
 * <p>Observables: event {@code horizon_reaches_threshold}, the date when the horizon first reaches the setting
 * {@code threshold_hours} (default one work-month, 167 h); event {@code blow_up}; series
 * {@code log10_horizon_hours} at the start date and every year after it up to {@code end_year} (steps at or after a
 * blow-up are not recorded, so later bands are of the runs that had not blown up); metric
 * {@code log10_horizon_hours_at_end}, recorded only by runs that did not blow up.
 *
 * <p>Defaults: the horizon of 12 h at 2026.17 and the doubling time 0.35 years fitted to the essay's data
 * ({@link TrendFits#doublingTime}); {@code delta = 0.08} from the AI Futures model's doubling difficulty growth
 * factor 0.92 (SOURCES.md). Immutable and thread-safe; the simulation allocates nothing per run.
 */
public final class CapabilityModel implements Model {
    /** The stream component of the doubling-time noise. */
    public static final int NOISE_COMPONENT = 0;
    /** Duration of a doubling, in years, below which a superexponential run counts as blown up. */
    public static final double MIN_DOUBLING_YEARS = 1e-9;

    /** Index of {@code doubling_time_years}. */
    public static final int DOUBLING_TIME = 0;
    /** Index of {@code superexponential_factor}. */
    public static final int DELTA = 1;
    /** Index of {@code doubling_noise}. */
    public static final int NOISE = 2;
    /** Index of {@code initial_horizon_hours}. */
    public static final int INITIAL_HOURS = 3;

    private static final double LOG10_2 = Math.log10(2);
    private static final double ONE_WORK_MONTH_HOURS = 167;

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("doubling_time_years", "years", 0.01, 10, 0.35,
                    "duration of the first doubling of the horizon; default fitted to 30 s (2022) and 12 h (2026), "
                            + "SOURCES.md; AI 2027 gives 2.5-9 months, AI Futures 0.408-0.458 years"),
            new Parameter("superexponential_factor", "1", -0.5, 0.9, 0.08,
                    "fraction by which each doubling is shorter than the one before (delta); 0 is exponential; "
                            + "default 1 - 0.92 from the AI Futures doubling difficulty growth factor, SOURCES.md"),
            new Parameter("doubling_noise", "1", 0, 2, 0,
                    "standard deviation of the log of each doubling's duration; 0 gives the closed form"),
            new Parameter("initial_horizon_hours", "hours", 1e-4, 1e6, 12,
                    "50 % time horizon at the start date; default ~12 h (Claude Opus 4.6, 2026), SOURCES.md"));

    /** The settings: start and end dates and the event threshold. */
    public static final List<Parameter> SETTINGS = List.of(
            new Parameter("start_year", "year", 2000, 2100, 2026.17,
                    "date of the initial horizon; default the middle of 2026 before the essay of 4 May 2026"),
            new Parameter("end_year", "year", 2000, 2200, 2036,
                    "end of the simulated period; must be at least one year after the start"),
            new Parameter("threshold_hours", "hours", 1e-4, 1e9, ONE_WORK_MONTH_HOURS,
                    "horizon whose first reaching is the event horizon_reaches_threshold; default one work-month"));

    /** The provider of this model kind. */
    public static final ModelProvider PROVIDER = new ModelProvider() {
        @Override
        public String name() {
            return "capability";
        }

        @Override
        public String description() {
            return "METR-style time horizon, exponential or superexponential with a finite-time blow-up";
        }

        @Override
        public List<Parameter> settings() {
            return SETTINGS;
        }

        @Override
        public Model create(Map<String, Double> settings) {
            double[] v = settingValues("capability", SETTINGS, settings);
            return new CapabilityModel(v[0], v[1], v[2]);
        }
    };

    private final double startYear;
    private final double endYear;
    private final double thresholdHours;
    private final List<Observable> observables;

    /**
     * Creates the model.
     *
     * @param startYear date of the initial horizon, in {@code [2000, 2100]}
     * @param endYear end of the simulated period, in {@code [startYear + 1, 2200]}
     * @param thresholdHours horizon of the event {@code horizon_reaches_threshold}, in {@code [1e-4, 1e9]} hours
     * @throws IllegalArgumentException naming the setting, its value and the allowed range
     */
    public CapabilityModel(double startYear, double endYear, double thresholdHours) {
        this.startYear = SETTINGS.get(0).check(startYear);
        this.endYear = SETTINGS.get(1).check(endYear);
        this.thresholdHours = SETTINGS.get(2).check(thresholdHours);
        if (!(endYear >= startYear + 1)) {
            throw new IllegalArgumentException("setting end_year = " + endYear + " is outside the allowed range ["
                    + (startYear + 1) + ", 2200] (at least one year after start_year)");
        }
        int length = (int) Math.floor(endYear - startYear) + 1;
        this.observables = List.of(
                Observable.event("horizon_reaches_threshold", "year", startYear,
                        "date when the horizon first reaches " + thresholdHours + " hours"),
                Observable.event("blow_up", "year", startYear, "date when the horizon reaches infinity"),
                Observable.series("log10_horizon_hours", "log10 hours", length, startYear, 1, "year",
                        "log10 of the 50 % time horizon in hours"),
                Observable.metric("log10_horizon_hours_at_end", "log10 hours",
                        "log10 of the horizon at the end date, for runs that did not blow up"));
    }

    /** Creates the model with default settings. */
    public CapabilityModel() {
        this(SETTINGS.get(0).defaultValue(), SETTINGS.get(1).defaultValue(), SETTINGS.get(2).defaultValue());
    }

    static double[] settingValues(String model, List<Parameter> declared, Map<String, Double> given) {
        for (String key : given.keySet()) {
            if (declared.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalArgumentException("model " + model + " has no setting '" + key + "'; known: "
                        + declared.stream().map(Parameter::name).toList());
            }
        }
        double[] v = new double[declared.size()];
        for (int i = 0; i < v.length; i++) {
            Parameter p = declared.get(i);
            Double value = given.get(p.name());
            v[i] = value == null ? p.defaultValue() : p.check(value);
        }
        return v;
    }

    @Override
    public String name() {
        return "capability";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<Observable> observables() {
        return observables;
    }

    /** @return the start date */
    public double startYear() {
        return startYear;
    }

    /** @return the end date */
    public double endYear() {
        return endYear;
    }

    /** @return the threshold of {@code horizon_reaches_threshold}, in hours */
    public double thresholdHours() {
        return thresholdHours;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(NOISE_COMPONENT);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int length = observables.get(2).length();
        double log2Threshold = Math.log(thresholdHours) / Math.log(2);
        return (p, sink) -> {
            double td = p[DOUBLING_TIME];
            double delta = p[DELTA];
            double noise = p[NOISE];
            double t = startYear;
            double level = Math.log(p[INITIAL_HOURS]) / Math.log(2);
            double d = td;
            boolean reached = false;
            if (level >= log2Threshold) {
                sink.event(0, startYear);
                reached = true;
            }
            int step = 0;
            while (true) {
                double duration = noise > 0 ? d * Math.exp(noise * gauss.sample()) : d;
                double next = t + duration;
                while (step < length) {
                    double year = startYear + step;
                    if (year >= next) {
                        break;
                    }
                    sink.series(2, step, (level + (year - t) / duration) * LOG10_2);
                    step++;
                }
                if (!reached && level + 1 >= log2Threshold) {
                    double when = t + (log2Threshold - level) * duration;
                    if (when <= endYear) {
                        sink.event(0, when);
                    }
                    reached = true;
                }
                if (next > endYear) {
                    sink.metric(3, (level + (endYear - t) / duration) * LOG10_2);
                    return;
                }
                t = next;
                level += 1;
                d *= 1 - delta;
                if (delta > 0 && reached && d < MIN_DOUBLING_YEARS) {
                    double blowUp = t + d / delta * Math.exp(0.5 * noise * noise);
                    if (blowUp <= endYear) {
                        sink.event(1, blowUp);
                    }
                    return;
                }
            }
        };
    }

    /**
     * The named scenario {@code horizon-superexponential}: when the METR horizon reaches one work-month and
     * whether it blows up before 2036. From 12 h at 2026.17, the first doubling time is uniform on 2.5-9 months
     * (AI 2027, SOURCES.md) and {@code delta} uniform on [-0.02, 0.18], the AI Futures 80 % interval 0.82-1.02
     * of the doubling difficulty growth factor (SOURCES.md) spread uniformly; no noise per doubling.
     * 100,000 runs, seed 2026.
     *
     * @return the scenario
     */
    public static NamedScenario scenario() {
        Experiment e = Experiment.builder(new CapabilityModel()).name("horizon-superexponential").runs(100_000)
                .seed(2026)
                .parameter("doubling_time_years", Distributions.uniform(2.5 / 12, 9.0 / 12))
                .parameter("superexponential_factor", Distributions.uniform(-0.02, 0.18))
                .eventTimes("horizon_reaches_threshold", 2027, 2028, 2029, 2030)
                .eventTimes("blow_up", 2028, 2030, 2032, 2036)
                .build();
        return new NamedScenario("horizon-superexponential", "METR time horizon from 12 h in 2026 with AI 2027 "
                + "doubling times and AI Futures superexponential factor: date of a one-work-month horizon and "
                + "of a finite-time blow-up", e);
    }
}
