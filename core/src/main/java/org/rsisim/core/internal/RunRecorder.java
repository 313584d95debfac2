package org.rsisim.core.internal;

import java.util.List;
import org.rsisim.core.Observable;
import org.rsisim.core.Sink;

/**
 * The {@link Sink} of one worker: stages one run's observations in preallocated arrays and commits them to a
 * {@link Tally} only if the run ends finite, so a diverged or failed run contributes nothing but its count.
 *
 * <p>Staged values are marked with the current run's stamp instead of being cleared between runs, so starting a
 * run costs one increment. Each observation is checked for being finite as it is staged, so a run whose values are
 * all finite (the usual case) is committed in one pass; only a run that staged a non-finite value is searched for
 * the step where it happened. Nothing here allocates.
 */
public final class RunRecorder implements Sink {
    private static final int NO_STEP = Integer.MIN_VALUE;

    private final Observable.Kind[] kinds;
    private final double[] origins;
    private final double[][] requestedTimes;
    private final double[] scalar;
    private final int[] scalarStamp;
    private final double[][] seriesValues;
    private final int[][] seriesStamp;
    private final int[] seriesEnd;
    private int stamp;
    private int divergedStep;
    private boolean divergedFlag;
    /** Whether the current run staged a non-finite value (possibly overwritten since by a finite one). */
    private boolean nonFinite;

    /**
     * Creates the recorder for a model's observables.
     *
     * @param observables the model's observables
     * @param requestedTimes for each event, the times to count by
     */
    public RunRecorder(List<Observable> observables, double[][] requestedTimes) {
        int n = observables.size();
        kinds = new Observable.Kind[n];
        origins = new double[n];
        this.requestedTimes = requestedTimes;
        scalar = new double[n];
        scalarStamp = new int[n];
        seriesValues = new double[n][];
        seriesStamp = new int[n][];
        seriesEnd = new int[n];
        for (int i = 0; i < n; i++) {
            Observable o = observables.get(i);
            kinds[i] = o.kind();
            origins[i] = o.origin();
            if (o.kind() == Observable.Kind.SERIES) {
                seriesValues[i] = new double[o.length()];
                seriesStamp[i] = new int[o.length()];
            }
        }
    }

    /** Starts a run: forgets everything staged. */
    public void begin() {
        stamp++;
        if (stamp == 0) {
            stamp = 1;
            java.util.Arrays.fill(scalarStamp, 0);
            for (int[] s : seriesStamp) {
                if (s != null) {
                    java.util.Arrays.fill(s, 0);
                }
            }
        }
        divergedFlag = false;
        nonFinite = false;
        divergedStep = NO_STEP;
        java.util.Arrays.fill(seriesEnd, 0);
    }

    @Override
    public void metric(int observable, double value) {
        nonFinite |= !Double.isFinite(value);
        scalar[observable] = value;
        scalarStamp[observable] = stamp;
    }

    @Override
    public void event(int observable, double time) {
        nonFinite |= !Double.isFinite(time);
        scalar[observable] = time;
        scalarStamp[observable] = stamp;
    }

    @Override
    public void series(int observable, int step, double value) {
        nonFinite |= !Double.isFinite(value);
        seriesValues[observable][step] = value;
        seriesStamp[observable][step] = stamp;
        if (step >= seriesEnd[observable]) {
            seriesEnd[observable] = step + 1;
        }
    }

    @Override
    public void diverged(int step) {
        if (!divergedFlag) {
            divergedFlag = true;
            divergedStep = step;
        }
    }

    /**
     * Ends the run: counts it as diverged (at the earlier of the step the model signalled and the first non-finite
     * series step, or -1 if only a metric or event was non-finite) or commits
     * every staged observation.
     *
     * @param tally where the run is counted
     */
    public void commit(Tally tally) {
        int step = earliest(divergedFlag ? divergedStep : NO_STEP, nonFinite ? firstNonFiniteStep() : NO_STEP);
        if (step != NO_STEP) {
            tally.divergedAt(step);
            return;
        }
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case METRIC -> {
                    if (scalarStamp[i] == stamp) {
                        tally.metrics[i].accept(scalar[i]);
                    }
                }
                case EVENT -> {
                    if (scalarStamp[i] == stamp) {
                        double t = scalar[i];
                        tally.eventTimes[i].accept(t - origins[i]);
                        double[] times = requestedTimes[i];
                        long[] counts = tally.eventByTime[i];
                        for (int j = 0; j < times.length; j++) {
                            if (t <= times[j]) {
                                counts[j]++;
                            }
                        }
                    }
                }
                default -> {
                    double[] values = seriesValues[i];
                    int[] stamps = seriesStamp[i];
                    StatAccumulator[] acc = tally.series[i];
                    for (int k = 0, end = seriesEnd[i]; k < end; k++) {
                        if (stamps[k] == stamp) {
                            acc[k].accept(values[k]);
                        }
                    }
                }
            }
        }
        tally.completed++;
    }

    /** Returns the earlier of two divergence steps, where NO_STEP means none and -1 means unknown. */
    private static int earliest(int a, int b) {
        if (a == NO_STEP || a == -1 && b != NO_STEP) {
            return b;
        }
        if (b == NO_STEP || b == -1) {
            return a;
        }
        return Math.min(a, b);
    }

    /** Returns the first step with a non-finite value, -1 for a non-finite metric or event, or NO_STEP. */
    private int firstNonFiniteStep() {
        int found = NO_STEP;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Observable.Kind.SERIES) {
                double[] values = seriesValues[i];
                int[] stamps = seriesStamp[i];
                for (int k = 0, end = seriesEnd[i]; k < end; k++) {
                    if (stamps[k] == stamp && !Double.isFinite(values[k])) {
                        if (found == NO_STEP || found == -1 || k < found) {
                            found = k;
                        }
                        break;
                    }
                }
            } else if (scalarStamp[i] == stamp && !Double.isFinite(scalar[i]) && found == NO_STEP) {
                found = -1;
            }
        }
        return found;
    }

    /**
     * Returns the value of a metric (or time of an event) staged in the current run.
     *
     * @param observable a metric's or event's index
     * @return the value, or NaN if the run recorded none
     */
    public double staged(int observable) {
        return scalarStamp[observable] == stamp ? scalar[observable] : Double.NaN;
    }

    /**
     * Counts the current run as failed.
     *
     * @param tally where the run is counted
     * @param run the run index
     * @param error what the model threw
     */
    public void fail(Tally tally, long run, Throwable error) {
        tally.failedWith(run, error);
    }
}
