package org.rsisim.models.aifutures;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * The AI Futures Project's timelines-and-takeoff model ({@code ai-futures}; December 2025, code
 * {@code brendanhalstead/ai-progress-rates} at commit {@code 786c6655}): a thin binding of
 * {@link AiFuturesDynamics} to the engine. The equations, their source and where rsisim departs from their code
 * are in {@link AiFuturesDynamics}; the parameters, under their names, in {@link AiFuturesParameters}.
 *
 * <p>Observables: events {@code acd_ai}, {@code ai2027_sc}, {@code air_5x}, {@code air_25x}, {@code air_250x},
 * {@code air_2000x}, {@code air_10000x}, {@code sar} and {@code siar}, their milestones (see
 * {@link AiFuturesTrajectory}), recorded at the date reached and not at all when a milestone is not reached by
 * 2050 (censored); metrics {@code r_software} (after calibration) and {@code progress_at_aa}; series
 * {@code horizon_minutes} (the METR 80 % time horizon) and {@code ai_rd_speed_up} (software progress with AI
 * over that with present-day resources, their {@code ai_sw_progress_mult_ref_present_day}) on 1 January of each
 * year from 2025 to 2050, interpolated log-linearly between their grid dates. A trajectory that cannot be computed
 * (see {@link AiFuturesTrajectory#failed()}) is reported as diverged. A run is deterministic given its parameters;
 * it draws no random numbers.
 *
 * <p>Immutable and thread-safe; each simulation owns one {@link AiFuturesDynamics} and allocates nothing per run.
 */
public final class AiFuturesModel extends DeclaredModel {
    /** The model name. */
    public static final String NAME = "ai-futures";
    /** First calendar year of the series. */
    public static final int SERIES_START = 2025;
    /** Last calendar year of the series. */
    public static final int SERIES_END = 2050;

    private final EventId[] milestones;
    private final MetricId rSoftware;
    private final MetricId progressAtAa;
    private final SeriesId horizonMinutes;
    private final SeriesId aiRdSpeedUp;

    /** Creates the model; it has no settings (their time range 2012-2050 and grid are fixed). */
    public AiFuturesModel() {
        super(NAME, "the AI Futures Project's timelines-and-takeoff model (Dec 2025): METR horizon, automated coding,"
                + " research taste and the AI R&D speed-up", AiFuturesParameters.KIND, Map.of());
        String[] what = {
            "automated coder (their ACD-AI): progress reaches the effective compute of automated coding",
            "AI 2027's superhuman coder (their AI2027-SC): AI multiplies coding labour, with present-day resources, "
                    + "by (10 x 30)^(1/parallel_penalty) x 30",
            "AI R&D speed-up 5x (their AIR-5x)", "AI R&D speed-up 25x (their AIR-25x)",
            "AI R&D speed-up 250x (their AIR-250x)", "AI R&D speed-up 2,000x (their AIR-2000x)",
            "AI R&D speed-up 10,000x (their AIR-10000x)",
            "superhuman AI researcher (their SAR): AI research taste 3.25 times the human mean",
            "superintelligent AI researcher (their SIAR): AI research taste 3.25^3 times the human mean"};
        milestones = new EventId[AiFuturesTrajectory.MILESTONES.size()];
        for (int m = 0; m < milestones.length; m++) {
            milestones[m] = event(AiFuturesTrajectory.MILESTONES.get(m), "year", SERIES_START, what[m]);
        }
        rSoftware = metric("r_software", "1", "returns to software after calibration to 2023's rate");
        progressAtAa = metric("progress_at_aa", "OOMs", "progress at which coding is automated, gap included");
        int years = SERIES_END - SERIES_START + 1;
        horizonMinutes = series("horizon_minutes", "minutes", years, SERIES_START, 1, "year",
                "METR 80 % time horizon");
        aiRdSpeedUp = series("ai_rd_speed_up", "x", years, SERIES_START, 1, "year",
                "AI R&D speed-up: software progress with AI over that with present-day resources");
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        AiFuturesDynamics dynamics = new AiFuturesDynamics();
        int years = SERIES_END - SERIES_START + 1;
        return (p, sink) -> {
            AiFuturesTrajectory t = dynamics.run(p);
            if (t.failed()) {
                sink.diverged(0);
                return;
            }
            for (int m = 0; m < AiFuturesTrajectory.MILESTONES.size(); m++) {
                double date = t.milestone(m);
                if (!Double.isNaN(date)) {
                    sink.event(milestones[m], date);
                }
            }
            sink.metric(rSoftware, t.rSoftware());
            sink.metric(progressAtAa, t.progressAtAa());
            for (int k = 0; k < years; k++) {
                double year = SERIES_START + k;
                sink.series(horizonMinutes, k, Math.min(t.horizonAt(year), Double.MAX_VALUE));
                sink.series(aiRdSpeedUp, k, Math.min(t.speedUpAt(year), Double.MAX_VALUE));
            }
        };
    }
}
