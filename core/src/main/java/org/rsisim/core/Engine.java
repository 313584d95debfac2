package org.rsisim.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.core.internal.AntitheticPairs;
import org.rsisim.core.internal.RunRecorder;
import org.rsisim.core.internal.StatAccumulator;
import org.rsisim.core.internal.Tally;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Histogram;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/**
 * Runs experiments on a fixed number of worker threads.
 *
 * <p>The runs {@code [0, N)} are cut into blocks of {@link Experiment#blockSize()} runs. Workers take blocks in
 * increasing order; each block is tallied separately and merged into the total in block order by the calling
 * thread, holding at most {@code 2 * threads} finished blocks at a time, so memory does not grow with N. Because run
 * {@code i} draws only from streams keyed by (seed, i) and the tallies' sums are exact, the result is bit-identical
 * for any thread count and any block size (a precision target is checked per block, so with a target the stopping
 * point depends on the block size, which the experiment fixes).
 *
 * <p>Cancellation and progress are handled per block. A run whose model throws is counted as failed and the other
 * runs go on; an error outside the model (such as {@link OutOfMemoryError}) stops the experiment and is rethrown.
 * Engines are immutable and may run several experiments, one after another or concurrently.
 */
public final class Engine {
    private final int threads;

    private Engine(int threads) {
        this.threads = threads;
    }

    /**
     * Creates an engine with one worker per available processor.
     *
     * @return the engine
     */
    public static Engine create() {
        return new Engine(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Creates an engine with a given number of worker threads.
     *
     * @param threads worker threads, in {@code [1, 4096]}
     * @return the engine
     * @throws IllegalArgumentException if the count is outside that range
     */
    public static Engine withThreads(int threads) {
        if (threads < 1 || threads > 4096) {
            throw new IllegalArgumentException("threads = " + threads + " is outside the allowed range [1, 4096]");
        }
        return new Engine(threads);
    }

    /**
     * Returns the number of worker threads.
     *
     * @return the thread count
     */
    public int threads() {
        return threads;
    }

    /**
     * Runs an experiment to completion.
     *
     * @param experiment the experiment
     * @return its result
     */
    public Result run(Experiment experiment) {
        return run(experiment, Progress.NONE, new Cancellation());
    }

    /**
     * Runs an experiment, reporting progress and honouring cancellation once per block.
     *
     * @param experiment the experiment
     * @param progress receives progress on the calling thread
     * @param cancellation checked per block; once cancelled, the result holds the blocks merged so far and is
     *        marked partial
     * @return its result
     */
    public Result run(Experiment experiment, Progress progress, Cancellation cancellation) {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        return new Execution(experiment, progress, cancellation).execute();
    }

    /** One execution of an experiment. */
    private final class Execution {
        private final Experiment experiment;
        private final Progress progress;
        private final Cancellation cancellation;
        private final Model model;
        private final double[][] requestedTimes;
        private final long runs;
        private final int blockSize;
        private final long blocks;
        private final int window;
        private final AtomicLong nextBlock = new AtomicLong();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicReference<Throwable> error = new AtomicReference<>();
        private final Semaphore permits;
        private final LinkedBlockingQueue<Done> finished = new LinkedBlockingQueue<>();
        private final ConcurrentLinkedQueue<Tally> pool = new ConcurrentLinkedQueue<>();

        Execution(Experiment experiment, Progress progress, Cancellation cancellation) {
            this.experiment = experiment;
            this.progress = progress;
            this.cancellation = cancellation;
            this.model = experiment.model();
            this.requestedTimes = experiment.requestedTimesByIndex();
            this.runs = experiment.runs();
            this.blockSize = experiment.blockSize();
            this.blocks = (runs + blockSize - 1) / blockSize;
            this.window = 2 * threads;
            this.permits = new Semaphore(window);
        }

        Result execute() {
            long start = System.nanoTime();
            int workers = (int) Math.min(threads, blocks);
            Thread[] workerThreads = new Thread[workers];
            for (int w = 0; w < workers; w++) {
                workerThreads[w] = new Thread(this::work, "rsisim-worker-" + w);
                workerThreads[w].setDaemon(true);
                workerThreads[w].start();
            }
            Tally total = newTally(experiment);
            TreeMap<Long, Tally> waiting = new TreeMap<>();
            long merged = 0;
            Result.Convergence convergence = null;
            Target target = experiment.target();
            try {
                while (merged < blocks) {
                    if (cancellation.isCancelled()) {
                        stop.set(true);
                        break;
                    }
                    Done d = finished.poll(50, TimeUnit.MILLISECONDS);
                    if (error.get() != null) {
                        break;
                    }
                    if (d == null) {
                        continue;
                    }
                    waiting.put(d.block, d.tally);
                    while (!waiting.isEmpty() && waiting.firstKey() == merged) {
                        Tally t = waiting.pollFirstEntry().getValue();
                        total.add(t);
                        pool.offer(t);
                        permits.release();
                        merged++;
                        long done = Math.min(runs, merged * blockSize);
                        progress.update(done, runs, System.nanoTime() - start);
                        if (target != null) {
                            double half = halfWidth(total, target);
                            boolean met = half <= target.halfWidth();
                            convergence = new Result.Convergence(target, half, met);
                            if (met) {
                                stop.set(true);
                                break;
                            }
                        }
                    }
                    if (stop.get()) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            } finally {
                stop.set(true);
                permits.release(window + workers);
                for (Thread t : workerThreads) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            Throwable failure = error.get();
            if (failure != null) {
                if (failure instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("experiment " + experiment.name() + " failed outside the model",
                        failure);
            }
            boolean partial = merged < blocks && (convergence == null || !convergence.met());
            double seconds = (System.nanoTime() - start) / 1e9;
            return summarise(experiment, total, partial, seconds, convergence, threads);
        }

        private void work() {
            try {
                Worker worker = new Worker(experiment);
                while (!stop.get() && !cancellation.isCancelled()) {
                    permits.acquire();
                    if (stop.get() || cancellation.isCancelled()) {
                        return;
                    }
                    long b = nextBlock.getAndIncrement();
                    if (b >= blocks) {
                        return;
                    }
                    Tally tally = pool.poll();
                    if (tally == null) {
                        tally = newTally(experiment);
                    } else {
                        tally.clear();
                    }
                    long first = b * blockSize;
                    worker.run(first, Math.min(runs, first + blockSize), tally);
                    finished.add(new Done(b, tally));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                error.compareAndSet(null, t);
                stop.set(true);
            }
        }

        private double halfWidth(Tally total, Target target) {
            int i = model.observableIndex(target.observable());
            if (target.isEvent()) {
                double[] times = requestedTimes[i];
                int j = java.util.Arrays.binarySearch(times, target.time());
                return probability(total, i, j).halfWidth();
            }
            double se = mean(total, i).stderr();
            return Double.isNaN(se) ? Double.POSITIVE_INFINITY : Estimate.Z95 * se;
        }

    }

    private static Tally newTally(Experiment experiment) {
        return new Tally(experiment.model().observables(), experiment.requestedTimesByIndex(),
                experiment.antithetic(), experiment.observedByIndex());
    }

    static Result summarise(Experiment experiment, Tally total, boolean partial, double seconds,
                            Result.Convergence convergence, int threads) {
        Model model = experiment.model();
        List<Observable> observables = model.observables();
        double[][] requestedTimes = experiment.requestedTimesByIndex();
        long runs = experiment.runs();
        int blockSize = experiment.blockSize();
        double[] levels = Quantiles.standardLevels();
        Map<String, MetricSummary> metrics = new LinkedHashMap<>();
        Map<String, EventSummary> events = new LinkedHashMap<>();
        Map<String, SeriesBands> series = new LinkedHashMap<>();
        long completed = total.completed();
        boolean[] observed = experiment.observedByIndex();
        for (int i = 0; i < observables.size(); i++) {
            Observable o = observables.get(i);
            if (!observed[i]) {
                continue;
            }
            switch (o.kind()) {
                case METRIC -> {
                    StatAccumulator a = total.metric(i);
                    double[] q = new double[levels.length];
                    a.quantiles(levels, q);
                    metrics.put(o.name(), new MetricSummary(o.name(), o.unit(), a.count(), mean(total, i),
                            Math.sqrt(a.variance()), a.min(), a.max(), new Quantiles(levels, q),
                            histogram(a, q[0], q[q.length - 1])));
                }
                case EVENT -> {
                    StatAccumulator a = total.eventTime(i);
                    double[] q = new double[levels.length];
                    a.quantiles(levels, q);
                    for (int k = 0; k < q.length; k++) {
                        q[k] += o.origin();
                    }
                    double[] times = requestedTimes[i];
                    Proportion[] by = new Proportion[times.length];
                    for (int j = 0; j < times.length; j++) {
                        by[j] = probability(total, i, j);
                    }
                    Estimate m = mean(a);
                    Estimate meanTime = Estimate.ofMean(m.value() + o.origin(), m.stderr());
                    double censored = completed == 0 ? Double.NaN
                            : (double) (completed - a.count()) / completed;
                    events.put(o.name(), new EventSummary(o.name(), o.unit(), completed, a.count(), times, by,
                            censored, new Quantiles(levels, q), meanTime));
                }
                case SERIES -> series.put(o.name(), bands(total, i, o));
                default -> throw new IllegalStateException(o.kind().toString());
            }
        }
        long executed = completed + total.diverged() + total.failed();
        Manifest manifest = new Manifest(Manifest.libraryVersion(), model.name(), experiment.name(),
                experiment.hash(), experiment.seed(), executed, runs, threads, blockSize, seconds, partial);
        return new Result(manifest, metrics, events, series, completed, total.diverged(), total.failed(),
                total.divergedAtStep(), total.failures(), convergence);
    }

    private static SeriesBands bands(Tally total, int i, Observable o) {
        int n = o.length();
        double[] index = new double[n];
        long[] count = new long[n];
        double[] mean = new double[n];
        double[][] q = new double[5][n];
        double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
        double[] out = new double[5];
        for (int k = 0; k < n; k++) {
            StatAccumulator a = total.series(i, k);
            index[k] = o.indexAt(k);
            count[k] = a.count();
            mean[k] = a.mean();
            a.quantiles(levels, out);
            for (int j = 0; j < 5; j++) {
                q[j][k] = out[j];
            }
        }
        return new SeriesBands(o.name(), o.unit(), o.indexUnit(), index, count, mean, q[0], q[1], q[2], q[3],
                q[4]);
    }

    private static Histogram histogram(StatAccumulator a, double p01, double p99) {
        int bins = 40;
        if (a.count() == 0) {
            return new Histogram(new double[] {0, 1}, new long[1], 0, 0, false);
        }
        double lo = p01;
        double hi = p99;
        if (!(hi > lo)) {
            lo = a.min();
            hi = a.max();
        }
        if (!(hi > lo)) {
            double pad = lo == 0 ? 0.5 : Math.abs(lo) * 0.01;
            lo -= pad;
            hi += pad;
            bins = 1;
        }
        boolean log = lo > 0 && hi / lo > 100;
        double[] edges = new double[bins + 1];
        for (int j = 0; j <= bins; j++) {
            double f = (double) j / bins;
            edges[j] = log ? Math.pow(10, Math.log10(lo) + f * (Math.log10(hi) - Math.log10(lo)))
                    : lo + f * (hi - lo);
        }
        edges[0] = lo;
        edges[bins] = hi;
        long[] out = new long[bins + 2];
        a.binCounts(edges, out);
        return new Histogram(edges, java.util.Arrays.copyOf(out, bins), out[bins], out[bins + 1], log);
    }

    /**
     * The probability of an event by its {@code j}-th requested time over all completed runs: Wilson's interval, or
     * with antithetic pairs the interval of the pairs' effective number of trials.
     */
    private static Proportion probability(Tally total, int event, int j) {
        long successes = total.eventByTime(event)[j];
        long[] halves = total.pairEventHalves(event);
        if (halves == null) {
            return Proportion.wilson(successes, total.completed());
        }
        return Proportion.antitheticPairs(successes, total.completed(), total.completedPairs(), halves[j],
                total.pairEventBoths(event)[j]);
    }

    /**
     * A metric's mean over all completed runs; with antithetic pairs its standard error comes from the pair
     * averages, {@code sd(P) / sqrt(pairs)}, since the runs of a pair are not independent.
     */
    private static Estimate mean(Tally total, int metric) {
        StatAccumulator a = total.metric(metric);
        StatAccumulator pairs = total.pairMetric(metric);
        if (pairs == null) {
            return mean(a);
        }
        long n = pairs.count();
        double se = n < 2 ? Double.NaN : Math.sqrt(pairs.variance() / n);
        return Estimate.ofMean(a.mean(), se);
    }

    private static Estimate mean(StatAccumulator a) {
        long n = a.count();
        double m = a.mean();
        double se = n < 2 ? Double.NaN : Math.sqrt(a.variance() / n);
        return Estimate.ofMean(m, se);
    }

    /**
     * Runs the runs {@code [firstRun, endRun)} of an experiment on the calling thread and returns their tally,
     * to be merged with the other parts and completed with {@link #complete}. This is how the work is spread over
     * machines (the spark module calls it on each partition): since every statistic merges exactly, the completed
     * result has the same bits as {@link #run(Experiment)}.
     *
     * @param experiment the experiment; no precision target is applied to a part
     * @param firstRun first run, a multiple of {@link Experiment#CHUNK}
     * @param endRun one past the last run, at most {@code experiment.runs()}
     * @return the part's statistics
     * @throws IllegalArgumentException if the range is empty, unaligned or outside the experiment
     */
    public static PartialResult runPart(Experiment experiment, long firstRun, long endRun) {
        if (firstRun < 0 || firstRun % Experiment.CHUNK != 0 || !(endRun > firstRun)
                || endRun > experiment.runs()) {
            throw new IllegalArgumentException("runs [" + firstRun + ", " + endRun + ") must be a non-empty range "
                    + "inside [0, " + experiment.runs() + ") starting at a multiple of " + Experiment.CHUNK);
        }
        Model model = experiment.model();
        Tally tally = newTally(experiment);
        new Worker(experiment).run(firstRun, endRun, tally);
        return new PartialResult(experiment.hash(), endRun - firstRun, tally);
    }

    /**
     * Turns the merged parts of an experiment into its result.
     *
     * @param experiment the experiment the parts were run for
     * @param merged the merged parts
     * @param workers how many workers ran them, for the manifest
     * @param wallTimeSeconds elapsed time, for the manifest
     * @return the result; partial if the parts do not cover every run
     * @throws IllegalArgumentException if the parts belong to another experiment
     */
    public static Result complete(Experiment experiment, PartialResult merged, int workers, double wallTimeSeconds) {
        if (!merged.experimentHash().equals(experiment.hash())) {
            throw new IllegalArgumentException("these parts were run for another experiment (hash "
                    + merged.experimentHash() + ", not " + experiment.hash() + ")");
        }
        return summarise(experiment, merged.tally(), merged.runs() < experiment.runs(), wallTimeSeconds, null,
                workers);
    }

    /** The per-thread state of a run loop: streams, the model's simulation, the parameter sampler, a sink. */
    private static final class Worker {
        private final RunStreams streams;
        private final Simulation simulation;
        private final JointDistribution.Sampler sampler;
        private final RunRecorder recorder;
        private final double[] parameters;
        private final AntitheticPairs pairs;

        Worker(Experiment experiment) {
            Model model = experiment.model();
            streams = RunStreams.create(experiment.seed(), experiment.antithetic());
            simulation = model.newSimulation(streams);
            sampler = experiment.jointDistribution().newSampler(streams);
            recorder = new RunRecorder(model.observables(), experiment.requestedTimesByIndex(),
                    experiment.observedByIndex());
            parameters = new double[model.parameters().size()];
            pairs = experiment.antithetic() ? new AntitheticPairs(model.observables(), experiment.observedByIndex(),
                    experiment.requestedTimesByIndex()) : null;
        }

        /** Runs {@code [first, end)}, {@code first} a multiple of the chunk, flushing at every chunk boundary. */
        void run(long first, long end, Tally tally) {
            for (long i = first; i < end; i++) {
                streams.moveTo(i);
                sampler.sample(parameters);
                recorder.begin(i);
                long completedBefore = tally.completed();
                try {
                    simulation.run(parameters, recorder);
                    recorder.commit(tally);
                } catch (RuntimeException | StackOverflowError e) {
                    recorder.fail(tally, i, e);
                }
                if (pairs != null) {
                    pairs.afterRun(i, tally.completed() > completedBefore, recorder, tally);
                }
                if (((i + 1) & (StatAccumulator.CHUNK - 1)) == 0) {
                    recorder.flush(tally);
                    tally.flush();
                }
            }
            recorder.flush(tally);
            tally.flush();
        }
    }

    /** A finished block waiting to be merged. */
    private record Done(long block, Tally tally) {
    }
}
