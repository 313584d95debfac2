package org.rsisim.core.internal;

import java.util.List;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.Observable;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Sink;

/**
 * The {@link Sink} of one worker: stages the observations of a chunk of {@link StatAccumulator#CHUNK} consecutive
 * runs, and hands those of the runs that ended finite to a {@link Tally} at the end of the chunk, so a diverged or
 * failed run contributes nothing but its count.
 *
 * <p>Each metric, event and series step has a <em>column</em> of {@code CHUNK} slots, one per run of the chunk (run
 * {@code i} uses slot {@code i mod CHUNK}), and a bit mask of the slots written. Recording an observation is one
 * store and one bit set; {@link #commit} marks the run's slot as completed; {@link #flush} passes each column and
 * the mask of its completed slots to the column's accumulator ({@link StatAccumulator#acceptChunk}), which reads
 * them in run order, and clears the masks. Each observation is checked for being finite as it is staged, so a run
 * whose values are all finite (the usual case) is committed in constant time; only a run that staged a non-finite
 * value is searched for the step where it happened. Nothing here allocates.
 *
 * <p>Observables that the experiment does not observe are staged like the others, and checked for being finite,
 * but never handed to the tally.
 *
 * <p>An observation of the wrong kind (a metric recorded with a series' index, say) or a series step outside the
 * series throws, so the engine counts the run as failed with that message instead of dropping the value.
 */
public final class RunRecorder implements Sink {
    private static final int NO_STEP = Integer.MIN_VALUE;
    private static final int SLOTS = StatAccumulator.CHUNK;
    private static final int SLOT_BITS = Integer.numberOfTrailingZeros(SLOTS);

    private final List<Observable> observables;
    private final Observable.Kind[] kinds;
    /** Per observable, its first column; a series has one column per step. */
    private final int[] firstColumn;
    /** Per observable, its number of columns if it is a series, else 0. */
    private final int[] seriesLength;
    /** Indices of the observed events. */
    private final int[] events;
    /** Indices of the observed observables. */
    private final int[] kept;
    /** Per observable, the time of the event in the last committed run, NaN if it did not happen there. */
    private final double[] committedEventTime;
    private final double[] origins;
    private final double[][] requestedTimes;
    /** Column {@code c}, slot {@code j} is {@code values[c * SLOTS + j]}. */
    private final double[] values;
    /** Per column, the slots written in this chunk. */
    private final long[] written;
    /** The slots of this chunk's completed runs. */
    private long completed;
    private int slot;
    private long bit;
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
        this(observables, requestedTimes, null);
    }

    /**
     * Creates the recorder for a model's observables, of which only the observed reach the tally. The others are
     * staged all the same, so that a non-finite value in any of them still marks the run as diverged.
     *
     * @param observables the model's observables
     * @param requestedTimes for each event, the times to count by
     * @param observed per observable, whether it is observed; {@code null} for all
     */
    public RunRecorder(List<Observable> observables, double[][] requestedTimes, boolean[] observed) {
        int n = observables.size();
        this.observables = List.copyOf(observables);
        kinds = new Observable.Kind[n];
        firstColumn = new int[n];
        seriesLength = new int[n];
        origins = new double[n];
        this.requestedTimes = requestedTimes;
        int columns = 0;
        for (int i = 0; i < n; i++) {
            Observable o = observables.get(i);
            kinds[i] = o.kind();
            origins[i] = o.origin();
            firstColumn[i] = columns;
            if (o.kind() == Observable.Kind.SERIES) {
                seriesLength[i] = o.length();
                columns += o.length();
            } else {
                columns++;
            }
        }
        kept = java.util.stream.IntStream.range(0, n).filter(i -> observed == null || observed[i]).toArray();
        events = java.util.Arrays.stream(kept).filter(i -> kinds[i] == Observable.Kind.EVENT).toArray();
        committedEventTime = new double[n];
        values = new double[columns * SLOTS];
        written = new long[columns];
    }

    /**
     * Starts a run: its observations go to the slot of the run within its chunk.
     *
     * @param run the run index
     */
    public void begin(long run) {
        slot = (int) run & (SLOTS - 1);
        bit = 1L << slot;
        divergedFlag = false;
        nonFinite = false;
        divergedStep = NO_STEP;
    }

    @Override
    public void metric(MetricId metric, double value) {
        metric(metric.index(), value);
    }

    @Override
    public void event(EventId event, double time) {
        event(event.index(), time);
    }

    @Override
    public void series(SeriesId series, int step, double value) {
        series(series.index(), step, value);
    }

    /**
     * Records a metric by its index in the model's observables.
     *
     * @param observable the index of a metric
     * @param value the value
     * @throws IllegalArgumentException if the index names an observable of another kind
     */
    public void metric(int observable, double value) {
        stage(scalarColumn(observable, Observable.Kind.METRIC), value);
    }

    /**
     * Records an event by its index in the model's observables.
     *
     * @param observable the index of an event
     * @param time when it happened
     * @throws IllegalArgumentException if the index names an observable of another kind
     */
    public void event(int observable, double time) {
        stage(scalarColumn(observable, Observable.Kind.EVENT), time);
    }

    /**
     * Records a series step by the series' index in the model's observables.
     *
     * @param observable the index of a series
     * @param step the step
     * @param value the value
     * @throws IllegalArgumentException if the index names an observable of another kind
     * @throws IndexOutOfBoundsException if the step is outside the series
     */
    public void series(int observable, int step, double value) {
        if (step < 0 || step >= seriesLength[observable]) {
            throw badSeries(observable, step);
        }
        stage(firstColumn[observable] + step, value);
    }

    private void stage(int column, double value) {
        nonFinite |= !Double.isFinite(value);
        values[column << SLOT_BITS | slot] = value;
        written[column] |= bit;
    }

    private int scalarColumn(int observable, Observable.Kind kind) {
        if (kinds[observable] != kind) {
            throw wrongKind(observable, kind);
        }
        return firstColumn[observable];
    }

    private IllegalArgumentException wrongKind(int observable, Observable.Kind kind) {
        return wrongKind(observables, observable, kind);
    }

    private RuntimeException badSeries(int observable, int step) {
        if (kinds[observable] != Observable.Kind.SERIES) {
            return wrongKind(observable, Observable.Kind.SERIES);
        }
        return stepOutside(observables, observable, step);
    }

    /**
     * Returns the error for an observation recorded with the index of an observable of another kind.
     *
     * @param observables the model's observables
     * @param observable the index used
     * @param kind the kind the call records
     * @return the error to throw
     */
    public static IllegalArgumentException wrongKind(List<Observable> observables, int observable,
                                                     Observable.Kind kind) {
        Observable o = observables.get(observable);
        return new IllegalArgumentException("observable " + observable + " ('" + o.name() + "') is a "
                + o.kind().name().toLowerCase() + ", not a " + kind.name().toLowerCase());
    }

    /**
     * Returns the error for a series step outside the series.
     *
     * @param observables the model's observables
     * @param observable the series' index
     * @param step the step used
     * @return the error to throw
     */
    public static IndexOutOfBoundsException stepOutside(List<Observable> observables, int observable, int step) {
        Observable o = observables.get(observable);
        return new IndexOutOfBoundsException("step " + step + " is outside series " + observable + " ('" + o.name()
                + "'), whose steps are 0 to " + (o.length() - 1));
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
     * series step, or -1 if only a metric or event was non-finite) or marks its observations for the statistics
     * and counts its events by the requested times.
     *
     * @param tally where the run is counted
     */
    public void commit(Tally tally) {
        int step = earliest(divergedFlag ? divergedStep : NO_STEP, nonFinite ? firstNonFiniteStep() : NO_STEP);
        if (step != NO_STEP) {
            tally.divergedAt(step);
            return;
        }
        for (int i : events) {
            int column = firstColumn[i];
            committedEventTime[i] = Double.NaN;
            if ((written[column] & bit) != 0) {
                int at = column << SLOT_BITS | slot;
                double t = values[at];
                committedEventTime[i] = t;
                double[] times = requestedTimes[i];
                long[] counts = tally.eventByTime[i];
                for (int j = 0; j < times.length; j++) {
                    if (t <= times[j]) {
                        counts[j]++;
                    }
                }
                // the accumulator keeps the time since the event's origin
                values[at] = t - origins[i];
            }
        }
        completed |= bit;
        tally.completed++;
    }

    /**
     * Ends the chunk: adds the staged observations of its completed runs to the tally's accumulators, in run order,
     * ends the chunk in each of them, and forgets everything staged.
     *
     * @param tally the tally of the block the chunk belongs to
     */
    public void flush(Tally tally) {
        long done = completed;
        for (int i : kept) {
            int column = firstColumn[i];
            switch (kinds[i]) {
                case METRIC -> tally.metrics[i].acceptChunk(values, column << SLOT_BITS, written[column] & done);
                case EVENT -> tally.eventTimes[i].acceptChunk(values, column << SLOT_BITS, written[column] & done);
                default -> {
                    StatAccumulator[] steps = tally.series[i];
                    for (int k = 0; k < steps.length; k++) {
                        steps[k].acceptChunk(values, column + k << SLOT_BITS, written[column + k] & done);
                    }
                }
            }
        }
        java.util.Arrays.fill(written, 0);
        completed = 0;
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
            int column = firstColumn[i];
            if (kinds[i] == Observable.Kind.SERIES) {
                for (int k = 0; k < seriesLength[i]; k++) {
                    if ((written[column + k] & bit) != 0 && !Double.isFinite(values[column + k << SLOT_BITS | slot])) {
                        if (found == NO_STEP || found == -1 || k < found) {
                            found = k;
                        }
                        break;
                    }
                }
            } else if ((written[column] & bit) != 0 && !Double.isFinite(values[column << SLOT_BITS | slot])
                    && found == NO_STEP) {
                found = -1;
            }
        }
        return found;
    }

    /**
     * Returns the value of a metric staged in the current run.
     *
     * @param observable a metric's index
     * @return the value, or NaN if the run recorded none
     */
    public double staged(int observable) {
        int column = firstColumn[observable];
        return (written[column] & bit) != 0 ? values[column << SLOT_BITS | slot] : Double.NaN;
    }

    /**
     * Returns the time of an observed event in the run committed last.
     *
     * @param observable an observed event's index
     * @return the time, or NaN if the event did not happen in that run
     */
    public double committedEventTime(int observable) {
        return committedEventTime[observable];
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
