package org.rsisim.models.capability;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.SeriesId;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

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
public final class CapabilityModel extends DeclaredModel {
    /** The stream component of the doubling-time noise. */
    public static final int NOISE_COMPONENT = 0;
    /** Duration of a doubling, in years, below which a superexponential run counts as blown up. */
    public static final double MIN_DOUBLING_YEARS = 1e-9;

    /** Name of the model, as in scenario files. */
    public static final String NAME = "capability";
    private static final double LOG10_2 = Math.log10(2);
    private static final double ONE_WORK_MONTH_HOURS = 167;

    private static final Declarations KIND = new Declarations();
    /** {@code doubling_time_years}. */
    public static final ParameterId DOUBLING_TIME = KIND.parameter("doubling_time_years", "years", 0.01, 10, 0.35,
            "duration of the first doubling of the horizon; default fitted to 30 s (2022) and 12 h (2026), "
                    + "SOURCES.md; AI 2027 gives 2.5-9 months, AI Futures 0.408-0.458 years");
    /** {@code superexponential_factor}. */
    public static final ParameterId DELTA = KIND.parameter("superexponential_factor", "1", -0.5, 0.9, 0.08,
            "fraction by which each doubling is shorter than the one before (delta); 0 is exponential; "
                    + "default 1 - 0.92 from the AI Futures doubling difficulty growth factor, SOURCES.md");
    /** {@code doubling_noise}. */
    public static final ParameterId NOISE = KIND.parameter("doubling_noise", "1", 0, 2, 0,
            "standard deviation of the log of each doubling's duration; 0 gives the closed form");
    /** {@code initial_horizon_hours}. */
    public static final ParameterId INITIAL_HOURS = KIND.parameter("initial_horizon_hours", "hours", 1e-4, 1e6, 12,
            "50 % time horizon at the start date; default ~12 h (Claude Opus 4.6, 2026), SOURCES.md");

    /** Setting {@code start_year}. */
    public static final ParameterId START_YEAR = KIND.setting("start_year", "year", 2000, 2100, 2026.17,
            "date of the initial horizon; default the middle of 2026 before the essay of 4 May 2026");
    /** Setting {@code end_year}. */
    public static final ParameterId END_YEAR = KIND.setting("end_year", "year", 2000, 2200, 2036,
            "end of the simulated period; must be at least one year after the start");
    /** Setting {@code threshold_hours}. */
    public static final ParameterId THRESHOLD_HOURS = KIND.setting("threshold_hours", "hours", 1e-4, 1e9,
            ONE_WORK_MONTH_HOURS,
            "horizon whose first reaching is the event horizon_reaches_threshold; default one work-month");

    static {
        KIND.requireAbove(END_YEAR, START_YEAR, 1, false);
    }

    private final double startYear;
    private final double endYear;
    private final double thresholdHours;
    private final EventId reachesThreshold;
    private final EventId blowUpEvent;
    private final SeriesId log10Horizon;
    private final MetricId log10HorizonAtEnd;

    /**
     * Creates the model.
     *
     * @param startYear date of the initial horizon, in {@code [2000, 2100]}
     * @param endYear end of the simulated period, in {@code [startYear + 1, 2200]}
     * @param thresholdHours horizon of the event {@code horizon_reaches_threshold}, in {@code [1e-4, 1e9]} hours
     * @throws IllegalArgumentException naming the setting, its value and the allowed range
     */
    public CapabilityModel(double startYear, double endYear, double thresholdHours) {
        this(Map.of("start_year", startYear, "end_year", endYear,
                "threshold_hours", thresholdHours));
    }

    private CapabilityModel(Map<String, Double> settings) {
        super(NAME, "METR-style time horizon, exponential or superexponential with a finite-time blow-up",
                KIND, settings);
        this.startYear = setting(START_YEAR);
        this.endYear = setting(END_YEAR);
        this.thresholdHours = setting(THRESHOLD_HOURS);
        int length = (int) Math.floor(endYear - startYear) + 1;
        reachesThreshold = event("horizon_reaches_threshold", "year", startYear,
                "date when the horizon first reaches " + thresholdHours + " hours");
        blowUpEvent = event("blow_up", "year", startYear, "date when the horizon reaches infinity");
        log10Horizon = series("log10_horizon_hours", "log10 hours", length, startYear, 1, "year",
                "log10 of the 50 % time horizon in hours");
        log10HorizonAtEnd = metric("log10_horizon_hours_at_end", "log10 hours",
                "log10 of the horizon at the end date, for runs that did not blow up");
    }

    @Override
    protected CapabilityModel create(Map<String, Double> settings) {
        return new CapabilityModel(settings);
    }

    /** Creates the model with default settings. */
    public CapabilityModel() {
        this(Map.of());
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
        int length = log10Horizon.length();
        double log2Threshold = Math.log(thresholdHours) / Math.log(2);
        return (p, sink) -> {
            double td = DOUBLING_TIME.get(p);
            double delta = DELTA.get(p);
            double noise = NOISE.get(p);
            double t = startYear;
            double level = Math.log(INITIAL_HOURS.get(p)) / Math.log(2);
            double d = td;
            boolean reached = false;
            if (level >= log2Threshold) {
                sink.event(reachesThreshold, startYear);
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
                    sink.series(log10Horizon, step, (level + (year - t) / duration) * LOG10_2);
                    step++;
                }
                if (!reached && level + 1 >= log2Threshold) {
                    double when = t + (log2Threshold - level) * duration;
                    if (when <= endYear) {
                        sink.event(reachesThreshold, when);
                    }
                    reached = true;
                }
                if (next > endYear) {
                    sink.metric(log10HorizonAtEnd, (level + (endYear - t) / duration) * LOG10_2);
                    return;
                }
                t = next;
                level += 1;
                d *= 1 - delta;
                if (delta > 0 && reached && d < MIN_DOUBLING_YEARS) {
                    double blowUp = t + d / delta * Math.exp(0.5 * noise * noise);
                    if (blowUp <= endYear) {
                        sink.event(blowUpEvent, blowUp);
                    }
                    return;
                }
            }
        };
    }
}
