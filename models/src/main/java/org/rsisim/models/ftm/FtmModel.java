package org.rsisim.models.ftm;

import java.util.List;
import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.core.Sink;

/**
 * Davidson's compute-centric full takeoff model as published ({@code ftm}): Tom Davidson, "What a compute-centric
 * framework says about takeoff speeds" (Open Philanthropy, 2023), run by Epoch AI's takeoffspeeds.com, code in
 * {@code epoch-research/ftm} ({@code ftm/core/model.py}, ported to {@code website/src/js/ftm/ftm.js}; presets in
 * {@code website/src/js/presets.js}); docs/sources.md, "Published takeoff models". This class binds the model to
 * the engine; the equations are in {@link FtmDynamics}, the parameters (the source's names, defaults from its
 * best-guess preset) in {@link FtmParameters}.
 *
 * <p>In short: goods and services and (hardware and software) R&amp;D are nested CES functions of capital and of
 * 101 cognitive tasks; a task is automatable once the largest training run passes its training requirement, and
 * compute then substitutes for labour on it at the rate its runtime requirement allows; investment in compute,
 * training and R&amp;D grows faster after a wake-up once a share of goods tasks is automated; hardware and software
 * improve with cumulative R&amp;D input towards their ceilings. Steps of 0.1 years from 2022 to 2100.
 *
 * <p>Observables. Events, in years, recorded when reached by {@code t_end} (else censored), with the source's
 * definitions: {@code rampup_start} (wake-up), {@code sub_agi_year} and {@code agi_year} (20 % and 100 % of goods
 * tasks automatable by the largest training run without the tradeoff), {@code automation_gns_20},
 * {@code automation_gns_100}, {@code automation_rnd_20}, {@code automation_rnd_100} (first step with that share of
 * goods, resp. R&amp;D tasks automated), and {@code gwp_growth_20_year}, the first year from which GWP grows by more
 * than 20 % (log) over a year. Metrics, recorded only in runs where both ends are reached: {@code full_automation_gns}
 * (the takeoff duration: years from more than 20 % to 100 % of goods tasks automated), {@code full_automation_rnd},
 * {@code cog_output_multiplier} (years from R&amp;D automation multiplying hardware R&amp;D output by more than 2 to
 * more than 10), {@code sub_agi_to_agi}, {@code gwp_growth} (years from GWP growth above 5 % to above 20 %), and
 * the GWP doubling times {@code gwp_doubling_time_1} (from the first step) to {@code gwp_doubling_time_5}
 * (successive doublings from wake-up), unrounded (the source rounds them to 0.01); a duration that is not finite
 * (GWP flat over the first step) is not recorded.
 *
 * <p>A run draws no random numbers; it is a function of its parameters. A run whose initial training run exceeds
 * the initial compute (the source throws) is reported as diverged at step 0, a run whose GWP or effective compute
 * stops being a finite positive number (where the source's Python raises) as diverged at that step, and so is a run with more tasks
 * automatable in the first step than the settings {@code max_frac_automatable_tasks_goods} and
 * {@code max_frac_automatable_tasks_rnd} allow (default 1, every run counts; the source's Monte Carlo,
 * {@code ftm/analysis/mc_analysis.py}, rejects and redraws such samples with 0 and 0.05). Statistics over the runs
 * that remain are those of the source's {@code resample_all} method. Its simulation's
 * {@link Simulation#accepts accepts} applies the same test, so that an experiment that redraws rejected draws
 * ({@link org.rsisim.core.Experiment.Builder#redraw}) runs only accepted draws: redrawing every parameter is again
 * {@code resample_all}, and keeping {@code full_automation_requirements_training} is the source's default
 * two-stage method (scenario {@code ftm-2023}). Immutable and thread-safe; each
 * simulation owns one {@link FtmDynamics} and a run allocates nothing.
 */
public final class FtmModel extends DeclaredModel {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "ftm";
    /** Names of the events, in the order of {@link #observables()}. */
    public static final List<String> EVENTS = List.of("rampup_start", "sub_agi_year", "agi_year",
            "automation_gns_20", "automation_gns_100", "automation_rnd_20", "automation_rnd_100",
            "gwp_growth_20_year");

    private final double tStart;
    private final double tEnd;
    private final double tStep;
    private final int nLabourTasks;
    private final double maxAutomatableGoods;
    private final double maxAutomatableRnd;
    private final EventId[] events;
    private final MetricId fullAutomationGns;
    private final MetricId fullAutomationRnd;
    private final MetricId cogOutputMultiplier;
    private final MetricId subAgiToAgi;
    private final MetricId gwpGrowth;
    private final MetricId[] doublingTimes;

    /** Creates the model on the source's grid (2022 to 2100 by 0.1 years, 100 labour tasks). */
    public FtmModel() {
        this(Map.of());
    }

    private FtmModel(Map<String, Double> settings) {
        super(NAME, "Davidson's compute-centric full takeoff model as published (Open Philanthropy 2023, "
                + "takeoffspeeds.com): task automation by effective compute, CES production, R&D and investment",
                FtmParameters.KIND, settings);
        this.tStart = setting(FtmParameters.T_START);
        this.tEnd = setting(FtmParameters.T_END);
        this.tStep = setting(FtmParameters.T_STEP);
        this.nLabourTasks = wholeSetting(FtmParameters.N_LABOUR_TASKS);
        this.maxAutomatableGoods = setting(FtmParameters.MAX_FRAC_AUTOMATABLE_TASKS_GOODS);
        this.maxAutomatableRnd = setting(FtmParameters.MAX_FRAC_AUTOMATABLE_TASKS_RND);
        new FtmDynamics(tStart, tEnd, tStep, nLabourTasks);
        String[] what = {
            "wake-up: the year before the first step with the share of goods tasks automated at rampup_trigger",
            "powerful sub-AGI: 20 % of goods tasks automatable by the largest training run (no tradeoff)",
            "AGI: every goods task automatable by the largest training run (no tradeoff)",
            "first year with 20 % of goods and services tasks automated",
            "first year with 100 % of goods and services tasks automated",
            "first year with 20 % of R&D tasks automated",
            "first year with 100 % of R&D tasks automated",
            "first year from which GWP grows by more than 20 % (log growth) over the next year"};
        events = new EventId[EVENTS.size()];
        for (int k = 0; k < events.length; k++) {
            events[k] = event(EVENTS.get(k), "year", tStart, what[k]);
        }
        fullAutomationGns = metric("full_automation_gns", "years",
                "takeoff duration: years from more than 20 % to 100 % of goods and services tasks automated");
        fullAutomationRnd = metric("full_automation_rnd", "years",
                "years from more than 20 % to 100 % of R&D tasks automated");
        cogOutputMultiplier = metric("cog_output_multiplier", "years",
                "years from automation multiplying hardware R&D output by more than 2 to more than 10");
        subAgiToAgi = metric("sub_agi_to_agi", "years", "agi_year minus sub_agi_year");
        gwpGrowth = metric("gwp_growth", "years", "years from GWP growth above 5 % to above 20 % a year");
        doublingTimes = new MetricId[5];
        for (int k = 0; k < doublingTimes.length; k++) {
            doublingTimes[k] = metric("gwp_doubling_time_" + (k + 1), "years", k == 0
                    ? "GWP doubling time at the growth of the first step"
                    : "years of GWP doubling number " + k + " counted from wake-up");
        }
    }

    @Override
    protected FtmModel create(Map<String, Double> settings) {
        return new FtmModel(settings);
    }

    /**
     * Returns new dynamics on this model's grid, for one thread.
     *
     * @return the dynamics
     */
    public FtmDynamics newDynamics() {
        return new FtmDynamics(tStart, tEnd, tStep, nLabourTasks);
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        FtmDynamics d = newDynamics();
        boolean acceptsAll = maxAutomatableGoods >= 1 && maxAutomatableRnd >= 1;
        return new Simulation() {
            @Override
            public void run(double[] p, Sink sink) {
                if (!d.run(p) || d.initialFracAutomatableGoods() > maxAutomatableGoods
                        || d.initialFracAutomatableRnd() > maxAutomatableRnd) {
                    sink.diverged(0);
                    return;
                }
                if (d.divergedStep() >= 0) {
                    sink.diverged(d.divergedStep());
                    return;
                }
                record(d, sink);
            }

            /**
             * The test of the source's Monte Carlo, the same one {@link #run} applies: the shares of goods and
             * R&amp;D tasks automatable in the first step are at most the settings
             * {@code max_frac_automatable_tasks_goods} and {@code max_frac_automatable_tasks_rnd}
             * ({@link FtmDynamics#firstStepAutomatableAtMost}).
             */
            @Override
            public boolean accepts(double[] p) {
                return acceptsAll || d.firstStepAutomatableAtMost(p, maxAutomatableGoods, maxAutomatableRnd);
            }
        };
    }

    private void record(FtmDynamics d, Sink sink) {
        recordEvent(sink, events[0], d.rampupStart());
        recordEvent(sink, events[1], d.subAgiYear());
        recordEvent(sink, events[2], d.agiYear());
        recordEvent(sink, events[3], d.automationGoods20());
        recordEvent(sink, events[4], d.automationGoods100());
        recordEvent(sink, events[5], d.automationRnd20());
        recordEvent(sink, events[6], d.automationRnd100());
        recordEvent(sink, events[7], d.gwpGrowth20Year());
        recordMetric(sink, fullAutomationGns, d.fullAutomationGoods());
        recordMetric(sink, fullAutomationRnd, d.fullAutomationRnd());
        recordMetric(sink, cogOutputMultiplier, d.cogOutputMultiplier());
        recordMetric(sink, subAgiToAgi, d.subAgiToAgi());
        recordMetric(sink, gwpGrowth, d.gwpGrowth());
        for (int k = 0; k < d.doublings(); k++) {
            recordMetric(sink, doublingTimes[k], d.doublingTime(k));
        }
    }

    private static void recordEvent(Sink sink, EventId id, double year) {
        if (!Double.isNaN(year)) {
            sink.event(id, year);
        }
    }

    private static void recordMetric(Sink sink, MetricId id, double value) {
        if (Double.isFinite(value)) {
            sink.metric(id, value);
        }
    }
}
