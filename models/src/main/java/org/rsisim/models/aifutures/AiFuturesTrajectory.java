package org.rsisim.models.aifutures;

import java.util.List;

/**
 * One trajectory of the AI Futures model as {@link AiFuturesDynamics#run} leaves it: the calibrated values, the
 * milestone dates and the state on the output grid. A trajectory object is reused from run to run by its
 * dynamics (it is overwritten, never reallocated); copy what must outlive the next run. Not thread-safe.
 *
 * <p>Milestones, indexed as {@link #MILESTONES} (their names in lower snake case): {@code acd_ai} (their
 * {@code ACD-AI}: progress reaches the effective compute of automated coding), {@code ai2027_sc} (their
 * {@code AI2027-SC}: AI multiplies coding labour, with present-day resources, by
 * {@code (10 * 30)^(1 / parallel_penalty) * 30}), {@code air_5x} to {@code air_10000x} (their {@code AIR-5x} ...:
 * AI multiplies software progress, with present-day resources, by 5, 25, 250, 2,000, 10,000), {@code sar} and
 * {@code siar} (their {@code SAR-} and {@code SIAR-level-experiment-selection-skill}: AI research taste reaches
 * 3.25 and 3.25^3 times the human mean). A milestone not reached by the end of the grid is {@code NaN}.
 */
public final class AiFuturesTrajectory {
    /** The milestone names, in index order. */
    public static final List<String> MILESTONES = List.of("acd_ai", "ai2027_sc", "air_5x", "air_25x", "air_250x",
            "air_2000x", "air_10000x", "sar", "siar");

    /** Index of {@code acd_ai}. */
    public static final int ACD_AI = 0;
    /** Index of {@code ai2027_sc}. */
    public static final int AI2027_SC = 1;
    /** Index of {@code air_5x}; {@code air_25x} to {@code air_10000x} follow. */
    public static final int AIR_5X = 2;
    /** Index of {@code sar}. */
    public static final int SAR = 7;
    /** Index of {@code siar}. */
    public static final int SIAR = 8;

    final int points;
    final double[] times;
    final double[] progress;
    final double[] researchStock;
    final double[] horizonMinutes;
    final double[] automationFraction;
    final double[] aiResearchTaste;
    final double[] aiSoftwareProgressMultiplier;
    final double[] aiCodingLaborMultiplier;
    final double[] softwareProgressRate;
    final double[] researchEffort;
    final double[] effectiveCompute;
    final double[] milestones = new double[MILESTONES.size()];
    double rSoftware;
    double progressAtAa;
    double presentDayProgress;
    double anchorProgressRate;
    boolean failed;
    boolean solverFailed;
    String solver = "Radau";
    String failure = "";

    AiFuturesTrajectory(int points) {
        this.points = points;
        times = new double[points];
        progress = new double[points];
        researchStock = new double[points];
        horizonMinutes = new double[points];
        automationFraction = new double[points];
        aiResearchTaste = new double[points];
        aiSoftwareProgressMultiplier = new double[points];
        aiCodingLaborMultiplier = new double[points];
        softwareProgressRate = new double[points];
        researchEffort = new double[points];
        effectiveCompute = new double[points];
    }

    /**
     * Returns the number of grid points.
     *
     * @return the grid size (their 250)
     */
    public int points() {
        return points;
    }

    /**
     * Returns a grid date.
     *
     * @param i grid index, in {@code [0, points())}
     * @return the decimal year
     */
    public double time(int i) {
        return times[i];
    }

    /**
     * Returns cumulative progress (OOMs of effective compute since the start) at a grid point.
     *
     * @param i grid index
     * @return progress
     */
    public double progress(int i) {
        return progress[i];
    }

    /**
     * Returns the research stock at a grid point.
     *
     * @param i grid index
     * @return research stock
     */
    public double researchStock(int i) {
        return researchStock[i];
    }

    /**
     * Returns the METR 80 % time horizon at a grid point, minutes (0 where their formula has no finite value).
     *
     * @param i grid index
     * @return minutes
     */
    public double horizonMinutes(int i) {
        return horizonMinutes[i];
    }

    /**
     * Returns the fraction of coding tasks automated at a grid point.
     *
     * @param i grid index
     * @return in {@code [0, 1]}
     */
    public double automationFraction(int i) {
        return automationFraction[i];
    }

    /**
     * Returns AI research taste at a grid point, relative to the mean human researcher.
     *
     * @param i grid index
     * @return taste
     */
    public double aiResearchTaste(int i) {
        return aiResearchTaste[i];
    }

    /**
     * Returns the AI R&amp;D speed-up at a grid point: software progress with today's AI over that with present-day
     * resources and no AI (their {@code ai_sw_progress_mult_ref_present_day}).
     *
     * @param i grid index
     * @return the multiplier
     */
    public double aiSoftwareProgressMultiplier(int i) {
        return aiSoftwareProgressMultiplier[i];
    }

    /**
     * Returns AI's multiplier on coding labour with present-day resources at a grid point (their
     * {@code ai_coding_labor_mult_ref_present_day}).
     *
     * @param i grid index
     * @return the multiplier
     */
    public double aiCodingLaborMultiplier(int i) {
        return aiCodingLaborMultiplier[i];
    }

    /**
     * Returns effective compute at a grid point, OOMs of 2025.13 FLOP (26.54 at 2025.13, their normalisation to
     * Grok 3's training compute).
     *
     * @param i grid index
     * @return OOMs
     */
    public double effectiveCompute(int i) {
        return effectiveCompute[i];
    }

    /**
     * Returns the time horizon at a date, interpolated log-linearly between the grid dates around it (linearly
     * where a value is 0), held constant outside the grid.
     *
     * @param year decimal year
     * @return minutes
     */
    public double horizonAt(double year) {
        return logInterp(year, horizonMinutes);
    }

    /**
     * Returns the AI R&amp;D speed-up at a date, interpolated as {@link #horizonAt}.
     *
     * @param year decimal year
     * @return the multiplier
     */
    public double speedUpAt(double year) {
        return logInterp(year, aiSoftwareProgressMultiplier);
    }

    private double logInterp(double x, double[] v) {
        if (!(x > times[0])) {
            return v[0];
        }
        if (x >= times[points - 1]) {
            return v[points - 1];
        }
        int j = (int) ((x - times[0]) / (times[1] - times[0]));
        j = Math.min(Math.max(j, 0), points - 2);
        while (j > 0 && times[j] > x) {
            j--;
        }
        while (j < points - 2 && times[j + 1] <= x) {
            j++;
        }
        double f = (x - times[j]) / (times[j + 1] - times[j]);
        double a = v[j];
        double b = v[j + 1];
        if (a > 0 && b > 0) {
            return Math.exp(Math.log(a) + f * (Math.log(b) - Math.log(a)));
        }
        return a + f * (b - a);
    }

    /**
     * Returns a milestone date.
     *
     * @param m milestone index, as {@link #MILESTONES}
     * @return the decimal year, {@code NaN} if not reached on the grid
     */
    public double milestone(int m) {
        return milestones[m];
    }

    /**
     * Returns {@code r_software} after calibration to {@code software_progress_rate_at_reference_year}.
     *
     * @return the calibrated returns to software
     */
    public double rSoftware() {
        return rSoftware;
    }

    /**
     * Returns the progress at which coding is automated (their {@code progress_at_aa}), gap included.
     *
     * @return progress
     */
    public double progressAtAa() {
        return progressAtAa;
    }

    /**
     * Returns whether the trajectory could not be computed (the horizon never reaches automated coding under the
     * parameters, or the state stopped being finite); then no milestone is set.
     *
     * @return {@code true} if failed
     */
    public boolean failed() {
        return failed;
    }

    /**
     * Returns whether no solver succeeded on the run with AI (a blow-up of progress, usually): Radau failed and so
     * did their four fallbacks, so that the grid after the failure holds the last one's (DOP853's) last step
     * extrapolated, as theirs does. A trajectory that one of the fallbacks completed returns {@code false}; see
     * {@link #solver()}.
     *
     * @return {@code true} if every solver stopped early
     */
    public boolean solverFailed() {
        return solverFailed;
    }

    /**
     * Returns the solver whose solution the grid holds: {@code "Radau"}, or, where Radau failed on the run with
     * AI, the first of their fallback solvers that succeeded ({@code "RK23"}, {@code "RK45"},
     * {@code "RK45 rtol 1e-6"}, {@code "DOP853"}), or {@code "DOP853"} (the last tried) when none did, which
     * {@link #solverFailed()} then says.
     *
     * @return the solver's name
     */
    public String solver() {
        return solver;
    }

    /**
     * Returns why the trajectory could not be computed, in a few words, or the empty string.
     *
     * @return the reason
     */
    public String failure() {
        return failed ? failure : "";
    }
}
