package org.rsisim.models.rsi;

import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;
import org.rsisim.core.Sink;
import org.rsisim.models.alignment.FidelityProcess;
import org.rsisim.models.bottleneck.Amdahl;

/**
 * The recursive self-improvement chain: discrete generations of AI systems, each of which trains its successor,
 * faster as more of AI R&amp;D is automated, until the horizon.
 *
 * <p>State of generation {@code g = 0, 1, ...}: its release date {@code t_g} (decimal years, {@code t_0} = the start
 * date), its capability {@code L_g} in orders of magnitude (log10) above the starting generation ({@code L_0 = 0}),
 * its automation level {@code A_g} and its alignment fidelity {@code F_g} ({@code F_0 = 1}). Per generation:
 * <pre>
 *   A_g      = 1 / (1 + exp(-(L_g - m) / w))                       automation follows capability (logistic)
 *   s_g      = s_0 10^(e L_g)                                      AI researcher speed relative to humans
 *   S_g      = Amdahl(f = h A_g, s_g) = 1 / ((1 - h A_g) + h A_g / s_g)   R&amp;D speed-up
 *   t_{g+1}  = t_g + (T / S_g) exp(sigma_T Z_g)                    training the successor
 *   L_{g+1}  = L_g + k exp(sigma_k Z'_g)                           capability step, lognormal with median k
 *   F_{g+1}  = F_g q_eff                                           one {@link FidelityProcess} step at L_{g+1}
 * </pre>
 * with {@code Z, Z'} independent standard normals. The automatable share {@code h} (default 0.99: "1 % inspiration,
 * 99 % perspiration", SOURCES.md) caps the speed-up at {@code 1 / (1 - h)} = 100x, so no generation takes less than
 * {@code T (1 - h) exp(sigma_T Z)}. A run stops after {@link #generations()} generations or at the first generation
 * released after the horizon; with {@code h = 1} durations may collapse towards 0 (a finite-time blow-up), which
 * the generation count bounds, so a run never produces NaN or infinity: a training time that underflows to 0
 * (possible only when {@code h A_g} rounds to 1 and the researcher speed overflows) leaves the date unchanged.
 *
 * <p>Observables (generation {@code g} is recorded if {@code t_g <= horizon}):
 * <ul>
 *   <li>event {@code automated_ai_rd}: {@code t_g} of the first generation with {@code A_g >= } the automation
 *       threshold; censored if none within the horizon;</li>
 *   <li>metric {@code generations_per_year}: {@code 1 / (t_{g+1} - t_g)} at that first automated generation
 *       ({@code <= S_max / T} without noise); not recorded if that training time is 0;</li>
 *   <li>metric {@code fidelity_at_automation}: {@code F_g} at that generation;</li>
 *   <li>metrics {@code misaligned_before_automation} and {@code misaligned_after_automation}: 1 if some recorded
 *       generation before (respectively at or after) the first automated one has {@code F < } the fidelity
 *       threshold, else 0, recorded in every run (a run never automated has "after" = 0), so their means are the
 *       unconditional probabilities;</li>
 *   <li>metric {@code takeoff_years}: {@code t} at the first {@code A >= takeoff_to} minus {@code t} at the first
 *       {@code A >= takeoff_from}; not recorded if {@code takeoff_to} is not reached;</li>
 *   <li>series by generation: {@code capability} ({@code L_g}), {@code automation} ({@code A_g}), {@code fidelity}
 *       ({@code F_g}) and {@code years_since_start} ({@code t_g - t_0}: elapsed rather than calendar time, so that
 *       the quantile histogram's relative error applies to the elapsed years); a run that stops early records no later steps, so the counts
 *       of later steps are smaller.</li>
 * </ul>
 *
 * <p>Stream components: {@value #CAPABILITY} capability steps, {@value #DURATION} training-time noise,
 * {@value #DRIFT} fidelity draws, {@value #OVERSIGHT} detection draws; each step draws one normal from each of the
 * first two whatever the spreads are, so scenarios differing in one parameter share random numbers.
 * Immutable and thread-safe; its {@link Simulation}s are per worker and allocate nothing per run.
 */
public final class RsiChain extends DeclaredModel {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "rsi-chain";
    /** Stream component of the capability steps. */
    public static final int CAPABILITY = 0;
    /** Stream component of the training-duration noise. */
    public static final int DURATION = 1;
    /** Stream component of the per-generation fidelity draws. */
    public static final int DRIFT = 2;
    /** Stream component of the oversight detection draws. */
    public static final int OVERSIGHT = 3;

    /** 4 May 2026 in decimal years: 2026 + 123 / 365 (day 124 of a non-leap year, at its start). */
    public static final double ESSAY_DATE = 2026 + 123.0 / 365;

    private static final double LN10 = Math.log(10);

    private static final Declarations KIND = new Declarations();
    static final ParameterId BASE = KIND.parameter("base_generation_years", "year", 0.01, 100, 1.0,
            "time to train a successor without AI help, T; assumption: about one frontier generation a year");
    static final ParameterId DURATION_SPREAD = KIND.parameter("generation_time_spread", "1", 0, 3, 0.2,
            "log-sd sigma_T of the lognormal noise on each training time (median 1); assumption");
    static final ParameterId SHARE = KIND.parameter("automatable_share", "1", 0, 1, 0.99,
            "share h of AI R&D work that AI can take over; 0.99: '1 % inspiration, 99 % perspiration'"
                    + " (SOURCES.md), an Amdahl cap of 100x");
    static final ParameterId SPEED = KIND.parameter("ai_researcher_speed", "1", 1, 1e6, 10,
            "speed s_0 of AI researchers relative to humans on automated work, at the starting"
                    + " generation; assumption: with the other defaults today's R&D speed-up is 1.02x and"
                    + " 8.7x at 90 % automation, near AI 2027's 1.03-1.3x and 2.5-41x (SOURCES.md)");
    static final ParameterId SPEED_GROWTH = KIND.parameter("researcher_speed_growth", "OOM/OOM", 0, 10, 0.5,
            "orders of magnitude of researcher speed per order of magnitude of capability, e; assumption");
    static final ParameterId STEP = KIND.parameter("capability_step_ooms", "OOM", 0, 10, 0.79,
            "median capability step per generation k, log10; 0.79 = log10(12 h / 30 s) / 4, the METR"
                    + " horizon growth per year 2022-2026 (SOURCES.md) at one generation a year");
    static final ParameterId STEP_SPREAD = KIND.parameter("capability_step_spread", "1", 0, 3, 0.3,
            "log-sd sigma_k of the lognormal capability step; assumption");
    static final ParameterId MIDPOINT = KIND.parameter("automation_midpoint_ooms", "OOM", -10, 20, 1.5,
            "capability m (OOM above the start) at which half the automatable work is automated;"
                    + " 1.5 OOM above a 12 h METR horizon is 380 h, about two work-months; assumption");
    static final ParameterId WIDTH = KIND.parameter("automation_width_ooms", "OOM", 0.01, 10, 0.4,
            "logistic scale w of automation in capability; assumption");
    static final ParameterId P = KIND.parameter("fidelity_per_generation", "1", 0, 1, 0.999,
            "mean fidelity p per generation; 0.999 is the essay's 99.9 % (SOURCES.md)");
    static final ParameterId DISPERSION = KIND.parameter("fidelity_dispersion", "1", 0, 0.5, 0,
            "Var[q] / (p (1 - p)) of the per-generation fidelity; 0 makes q = p");
    static final ParameterId DETECTION = KIND.parameter("detection_probability", "1", 0, 1, 0,
            "probability d that oversight detects a generation's drift before awareness");
    static final ParameterId CORRECTION = KIND.parameter("correction_fraction", "1", 0, 1, 0,
            "fraction c of a detected error that oversight corrects");
    static final ParameterId AWARENESS = KIND.parameter("evaluation_awareness", "1/OOM", 0, 10, 0,
            "fall of ln(detection) per order of magnitude of capability (SOURCES.md: models 'already"
                    + " aware of when they are being tested')");

    static final ParameterId START_DATE = KIND.setting("start_date", "year", 1900, 3000, ESSAY_DATE,
            "release date of generation 0; 2026.337 is 4 May 2026, the essay's date (SOURCES.md)");
    static final ParameterId GENERATIONS = KIND.wholeSetting("generations", "generation", 1, 100_000, 40,
            "most generations per run");
    static final ParameterId HORIZON = KIND.setting("horizon", "year", 1900, 3000, 2040,
            "last date simulated, after start_date");
    static final ParameterId AUTOMATION_THRESHOLD = KIND.setting("automation_threshold", "1", 0.001, 1, 0.9,
            "automation level at which AI R&D counts as automated (event automated_ai_rd)");
    static final ParameterId TAKEOFF_FROM = KIND.setting("takeoff_from", "1", 0.001, 1, 0.1,
            "automation level where the takeoff starts");
    static final ParameterId TAKEOFF_TO = KIND.setting("takeoff_to", "1", 0.001, 1, 0.9,
            "automation level where the takeoff ends, above takeoff_from");
    static final ParameterId FIDELITY_THRESHOLD = KIND.setting("fidelity_threshold", "1", 0, 1, 0.95,
            "fidelity below which a successor counts as misaligned; 0.95 is about the essay's 50"
                    + " generations at 99.9 % (SOURCES.md)");

    static {
        KIND.requireAbove(HORIZON, START_DATE, 0, true);
        KIND.requireAbove(TAKEOFF_TO, TAKEOFF_FROM, 0, true);
    }

    private final double startDate;
    private final int generations;
    private final double horizon;
    private final double automationThreshold;
    private final double takeoffFrom;
    private final double takeoffTo;
    private final double fidelityThreshold;
    private final EventId automatedAiRd;
    private final MetricId generationsPerYear;
    private final MetricId fidelityAtAutomation;
    private final MetricId misalignedBefore;
    private final MetricId misalignedAfter;
    private final MetricId takeoffYears;
    private final SeriesId capabilitySeries;
    private final SeriesId automationSeries;
    private final SeriesId fidelitySeries;
    private final SeriesId elapsedSeries;

    /**
     * Creates the chain with its default settings: from 4 May 2026 ({@link #ESSAY_DATE}), at most 40 generations,
     * horizon 2040.0, automation threshold 0.9, takeoff from 0.1 to 0.9, fidelity threshold 0.95.
     */
    public RsiChain() {
        this(Map.of());
    }

    private RsiChain(Map<String, Double> settings) {
        super(NAME, "The recursive self-improvement chain: each AI generation trains its successor in a base time"
                + " divided by the Amdahl R&D speed-up of its automation level; capability grows by a random factor"
                + " per generation, automation follows capability, and alignment fidelity compounds. Reports when AI"
                + " R&D is automated, the takeoff duration and the risk of a misaligned successor.", KIND, settings);
        this.startDate = setting(START_DATE);
        this.generations = wholeSetting(GENERATIONS);
        this.horizon = setting(HORIZON);
        this.automationThreshold = setting(AUTOMATION_THRESHOLD);
        this.takeoffFrom = setting(TAKEOFF_FROM);
        this.takeoffTo = setting(TAKEOFF_TO);
        this.fidelityThreshold = setting(FIDELITY_THRESHOLD);
        automatedAiRd = event("automated_ai_rd", "year", startDate,
                "date of the first generation whose automation level is at least " + automationThreshold);
        generationsPerYear = metric("generations_per_year", "1/year",
                "rate at which the first automated generation trains its successor");
        fidelityAtAutomation = metric("fidelity_at_automation", "1",
                "alignment fidelity of the first automated generation");
        misalignedBefore = metric("misaligned_before_automation", "1", "1 if a generation before the first"
                + " automated one has fidelity below " + fidelityThreshold + ", else 0");
        misalignedAfter = metric("misaligned_after_automation", "1", "1 if the first automated generation or a"
                + " later one has fidelity below " + fidelityThreshold + ", else 0");
        takeoffYears = metric("takeoff_years", "year", "years from automation " + takeoffFrom + " to "
                + takeoffTo);
        capabilitySeries = series("capability", "OOM (log10)", generations, 0, 1, "generation",
                "capability in orders of magnitude above the starting generation");
        automationSeries = series("automation", "1", generations, 0, 1, "generation",
                "share of automatable AI R&D that is automated");
        fidelitySeries = series("fidelity", "1", generations, 0, 1, "generation", "alignment fidelity");
        elapsedSeries = series("years_since_start", "year", generations, 0, 1, "generation",
                "release date minus the start date");
    }

    @Override
    protected RsiChain create(Map<String, Double> settings) {
        return new RsiChain(settings);
    }

    /**
     * Builds the model.
     *
     * @param startDate release date of generation 0, decimal years, in {@code [1900, 3000]}
     * @param generations most generations per run, in {@code [1, 100000]}
     * @param horizon last date simulated, decimal years, above {@code startDate} and at most 3000
     * @param automationThreshold automation level at which AI R&amp;D counts as automated, in {@code [0.001, 1]}
     * @param takeoffFrom automation level where the takeoff starts, in {@code [0.001, 1]}
     * @param takeoffTo automation level where the takeoff ends, in {@code (takeoffFrom, 1]}
     * @param fidelityThreshold fidelity below which a generation counts as misaligned, in {@code [0, 1]}
     * @return the model
     * @throws IllegalArgumentException if a setting is outside its range; the message names the setting, its value
     *         and the range
     */
    public static RsiChain of(double startDate, int generations, double horizon, double automationThreshold,
                              double takeoffFrom, double takeoffTo, double fidelityThreshold) {
        return new RsiChain(Map.of("start_date", startDate, "generations", (double) generations,
                "horizon", horizon, "automation_threshold", automationThreshold, "takeoff_from", takeoffFrom,
                "takeoff_to", takeoffTo, "fidelity_threshold", fidelityThreshold));
    }

    /**
     * Returns the automation level of a capability: {@code 1 / (1 + exp(-(L - m) / w))}. Allocation-free; does not
     * validate.
     *
     * @param capabilityOoms capability {@code L}, orders of magnitude above the start
     * @param midpoint {@code m}, where the level is one half
     * @param width {@code w > 0}
     * @return the level in {@code [0, 1]}
     */
    public static double automationLevel(double capabilityOoms, double midpoint, double width) {
        return 1 / (1 + Math.exp(-(capabilityOoms - midpoint) / width));
    }

    /**
     * Returns the R&amp;D speed-up of a generation: {@link Amdahl#speedUp Amdahl}{@code (h A, s_0 10^(e L))}.
     * Allocation-free; does not validate. Never above {@code 1 / (1 - h A)}; infinite only if {@code h A = 1} and
     * the researcher speed overflows.
     *
     * @param automation automation level {@code A} in {@code [0, 1]}
     * @param share automatable share {@code h} in {@code [0, 1]}
     * @param speed researcher speed at the start {@code s_0 >= 1}
     * @param speedGrowth {@code e >= 0}
     * @param capabilityOoms {@code L}
     * @return the speed-up, {@code >= 1} when {@code L >= 0}
     */
    public static double researchSpeedUp(double automation, double share, double speed, double speedGrowth,
                                         double capabilityOoms) {
        double s = speed * Math.exp(speedGrowth * capabilityOoms * LN10);
        return Amdahl.speedUp(share * automation, s);
    }

    /** @return the release date of generation 0, decimal years */
    public double startDate() {
        return startDate;
    }

    /** @return the most generations per run */
    public int generations() {
        return generations;
    }

    /** @return the last date simulated */
    public double horizon() {
        return horizon;
    }

    /** @return the automation level at which AI R&amp;D counts as automated */
    public double automationThreshold() {
        return automationThreshold;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        return new Run(streams);
    }

    @Override
    public String toString() {
        return NAME + "(start_date=" + startDate + ", generations=" + generations + ", horizon=" + horizon
                + ", automation_threshold=" + automationThreshold + ", takeoff=" + takeoffFrom + ".." + takeoffTo
                + ", fidelity_threshold=" + fidelityThreshold + ")";
    }

    /**
     * Creates the per-generation state of this chain, bound to a worker's streams: what a run of the model computes,
     * without the recording. The model's own {@link Simulation} is built on it, so code that drives a
     * {@link Trajectory} directly (a hand-written loop, a benchmark) does the same arithmetic on the same random
     * numbers.
     *
     * @param streams the worker's streams; components {@value #CAPABILITY} to {@value #OVERSIGHT} are taken from them
     * @return a new trajectory, not thread-safe
     */
    public Trajectory newTrajectory(RunStreams streams) {
        return new Trajectory(streams);
    }

    /**
     * One run's generations, advanced one at a time by the equations of the class comment: the mutable state of one
     * worker, reused for every run. After {@link #start(double[])}, the state is that of generation 0; each
     * {@link #advance()} draws the training time of the current generation's successor and, if the successor is
     * released within the horizon and the generation limit, moves to it. Allocation-free; not thread-safe.
     */
    public final class Trajectory {
        private final ZigguratSampler.NormalizedGaussian capabilityNoise;
        private final ZigguratSampler.NormalizedGaussian durationNoise;
        private final FidelityProcess fidelityProcess;
        private double base;
        private double durationSpread;
        private double share;
        private double speed;
        private double speedGrowth;
        private double step;
        private double stepSpread;
        private double midpoint;
        private double width;
        private int generation;
        private double date;
        private double capability;
        private double automation;
        private double fidelity;
        private double trainingYears;

        private Trajectory(RunStreams streams) {
            capabilityNoise = ZigguratSampler.NormalizedGaussian.of(streams.component(CAPABILITY));
            durationNoise = ZigguratSampler.NormalizedGaussian.of(streams.component(DURATION));
            fidelityProcess = new FidelityProcess(streams.component(DRIFT), streams.component(OVERSIGHT));
        }

        /**
         * Starts a run at generation 0: date {@code t_0} = the start date, capability 0, fidelity 1. Draws nothing.
         *
         * @param p the run's parameter values, in the order of {@link RsiChain#parameters()}; not validated here
         */
        public void start(double[] p) {
            base = BASE.get(p);
            durationSpread = DURATION_SPREAD.get(p);
            share = SHARE.get(p);
            speed = SPEED.get(p);
            speedGrowth = SPEED_GROWTH.get(p);
            step = STEP.get(p);
            stepSpread = STEP_SPREAD.get(p);
            midpoint = MIDPOINT.get(p);
            width = WIDTH.get(p);
            fidelityProcess.reset(P.get(p), DISPERSION.get(p), DETECTION.get(p), CORRECTION.get(p), AWARENESS.get(p));
            generation = 0;
            date = startDate;
            capability = 0;
            fidelity = 1;
            trainingYears = Double.NaN;
            automation = automationLevel(0, midpoint, width);
        }

        /**
         * Lets the current generation {@code g} train its successor: draws the training time
         * {@code (T / S_g) exp(sigma_T Z_g)} (one normal of the duration stream) and adds it to the date; then, unless
         * {@code g} is the last generation allowed or the new date is past the horizon, moves to generation
         * {@code g + 1}: draws its capability step (one normal of the capability stream) and its fidelity (one
         * {@link FidelityProcess} step) and computes its automation level.
         *
         * @return true if the state is now generation {@code g + 1}; false if the run has ended, in which case the
         *         date is that of the successor that was not released (and the other state is generation {@code g}'s)
         */
        public boolean advance() {
            // The normal is drawn before the exponentials: drawn after them, JDK 17's C2 makes the sampler's
            // long-to-double conversion wait for the previous exp (a false register dependency, fixed in later JDKs),
            // which cost a third of the whole step. The numbers are the same either way.
            double z = durationNoise.sample();
            double speedUp = researchSpeedUp(automation, share, speed, speedGrowth, capability);
            double duration = base / speedUp * Math.exp(durationSpread * z);
            trainingYears = duration;
            date += duration;
            if (generation == generations - 1 || !(date <= horizon)) {
                return false;
            }
            generation++;
            capability += step * Math.exp(stepSpread * capabilityNoise.sample());
            fidelity = fidelityProcess.next(fidelity, capability);
            automation = automationLevel(capability, midpoint, width);
            return true;
        }

        /** @return the current generation {@code g}, from 0 */
        public int generation() {
            return generation;
        }

        /** @return the release date {@code t_g} of the current generation, decimal years */
        public double date() {
            return date;
        }

        /** @return the capability {@code L_g}, orders of magnitude (log10) above generation 0 */
        public double capability() {
            return capability;
        }

        /** @return the automation level {@code A_g}, in {@code [0, 1]} */
        public double automation() {
            return automation;
        }

        /** @return the alignment fidelity {@code F_g}, in {@code [0, 1]} */
        public double fidelity() {
            return fidelity;
        }

        /** @return the training time, in years, drawn by the last {@link #advance()}; NaN before the first */
        public double trainingYears() {
            return trainingYears;
        }
    }

    /** The per-worker state of the chain: a {@link Trajectory} and the recording of its observables. */
    private final class Run implements Simulation {
        private final Trajectory chain;

        Run(RunStreams streams) {
            chain = new Trajectory(streams);
        }

        @Override
        public void run(double[] p, Sink sink) {
            Trajectory c = chain;
            c.start(p);
            boolean automated = false;
            boolean takeoffStarted = false;
            boolean takeoffEnded = false;
            double takeoffStart = 0;
            int misalignedBefore = 0;
            int misalignedAfter = 0;
            while (true) {
                int g = c.generation();
                double t = c.date();
                double a = c.automation();
                double f = c.fidelity();
                sink.series(capabilitySeries, g, c.capability());
                sink.series(automationSeries, g, a);
                sink.series(fidelitySeries, g, f);
                sink.series(elapsedSeries, g, t - startDate);
                boolean firstAutomated = !automated && a >= automationThreshold;
                if (firstAutomated) {
                    automated = true;
                    sink.event(automatedAiRd, t);
                    sink.metric(fidelityAtAutomation, f);
                }
                if (f < fidelityThreshold) {
                    if (automated) {
                        misalignedAfter = 1;
                    } else {
                        misalignedBefore = 1;
                    }
                }
                if (!takeoffStarted && a >= takeoffFrom) {
                    takeoffStarted = true;
                    takeoffStart = t;
                }
                if (!takeoffEnded && a >= takeoffTo) {
                    takeoffEnded = true;
                    sink.metric(takeoffYears, t - takeoffStart);
                }
                // generation g trains generation g + 1
                boolean next = c.advance();
                double duration = c.trainingYears();
                if (firstAutomated && duration > 0) {
                    sink.metric(generationsPerYear, 1 / duration);
                }
                if (!next) {
                    break;
                }
            }
            sink.metric(RsiChain.this.misalignedBefore, misalignedBefore);
            sink.metric(RsiChain.this.misalignedAfter, misalignedAfter);
        }
    }
}
