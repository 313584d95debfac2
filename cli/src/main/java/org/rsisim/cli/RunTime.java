package org.rsisim.cli;

import java.util.Locale;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;

/**
 * Estimates how long an experiment will take before it runs, from a short calibration run on the same engine: the
 * experiment's first {@value #CALIBRATION_RUNS} runs (fewer if it has fewer), run twice, the second timing taken so
 * that the JIT has compiled the model, times the number of runs. Past {@link #WARN_SECONDS} the commands warn; past
 * {@link #REFUSE_SECONDS} {@code run} and {@code sweep} refuse unless {@code --no-time-limit} is given, so that a
 * slip such as {@code runs: 1e12} (weeks on a laptop) does not silently take the machine. With a precision target
 * the run count is a budget and the estimate an upper bound.
 */
final class RunTime {
    /** Runs in the calibration. */
    static final int CALIBRATION_RUNS = 512;
    /** Experiments with at most this many runs are not estimated: they take seconds for every bundled model. */
    static final long ESTIMATE_ABOVE = 1_000_000;
    /** A run expected to take longer than this (one hour) is announced with its estimate. */
    static final double WARN_SECONDS = 3600;
    /** A run expected to take longer than this (one day) is refused without {@code --no-time-limit}. */
    static final double REFUSE_SECONDS = 86_400;

    private RunTime() {
    }

    /**
     * Measures the calibration and scales it to the experiment's runs.
     *
     * @param engine the engine that will run the experiment
     * @param experiment the experiment
     * @return the expected wall time in seconds
     */
    static double estimateSeconds(Engine engine, Experiment experiment) {
        int n = (int) Math.min(CALIBRATION_RUNS, experiment.runs());
        Experiment sample = experiment.toBuilder().target(null).build().withRuns(n);
        engine.run(sample);
        long start = System.nanoTime();
        engine.run(sample);
        double perRun = (System.nanoTime() - start) * 1e-9 / n;
        return perRun * experiment.runs();
    }

    /**
     * Formats a duration for people: seconds, minutes, hours, days or years, with two significant digits.
     *
     * @param seconds the duration
     * @return such as {@code 45 s}, {@code 3.2 h} or {@code 50 days}
     */
    static String human(double seconds) {
        double[] limits = {120, 7200, 172_800, 3.0 * 365 * 86_400};
        String[] units = {"s", "min", "h", "days", "years"};
        double[] sizes = {1, 60, 3600, 86_400, 365.25 * 86_400};
        int u = 0;
        while (u < limits.length && seconds >= limits[u]) {
            u++;
        }
        return org.rsisim.scenario.report.Numbers.significant(seconds / sizes[u], 2) + " " + units[u];
    }

    /**
     * Says how long an experiment should take, for {@code validate}.
     *
     * @param engine the engine
     * @param experiment the experiment
     * @return such as {@code about 50 days for 1000000000000 runs on 2 threads (measured on 512 runs)}
     */
    static String describe(Engine engine, Experiment experiment) {
        double s = estimateSeconds(engine, experiment);
        return String.format(Locale.ROOT, "about %s for %,d runs on %d thread%s (measured on %d runs)%s", human(s),
                experiment.runs(), engine.threads(), engine.threads() == 1 ? "" : "s",
                Math.min(CALIBRATION_RUNS, experiment.runs()), experiment.target() != null
                        ? ", at most: the precision target may stop it sooner" : "");
    }
}
