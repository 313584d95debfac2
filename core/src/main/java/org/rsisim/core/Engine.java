package org.rsisim.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.rsisim.core.internal.AntitheticPairs;
import org.rsisim.core.internal.RunRecorder;
import org.rsisim.core.internal.StatAccumulator;
import org.rsisim.core.internal.Tally;
import org.rsisim.core.stat.Estimate;

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
 * <p>The engine schedules and merges; turning the merged statistics into a {@link Result} (summaries, histograms,
 * bands, manifest) is a separate step, done the same way for a local run and for {@link #complete}.
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
            return ResultAssembly.assemble(experiment, total, partial, seconds, convergence, threads);
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
                int j = Arrays.binarySearch(times, target.time());
                return ResultAssembly.probability(total, i, j).halfWidth();
            }
            double se = ResultAssembly.mean(total, i).stderr();
            return Double.isNaN(se) ? Double.POSITIVE_INFINITY : Estimate.Z95 * se;
        }

    }

    private static Tally newTally(Experiment experiment) {
        return new Tally(experiment.model().observables(), experiment.requestedTimesByIndex(),
                experiment.antithetic(), experiment.observedByIndex());
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
        return ResultAssembly.assemble(experiment, merged.tally(), merged.runs() < experiment.runs(), wallTimeSeconds, null,
                workers);
    }

    /** The per-thread state of a run loop: streams, the model's simulation, the parameter sampler, a sink. */
    private static final class Worker {
        private final RunStreams streams;
        private final Simulation simulation;
        private final ParameterDraws draws;
        private final RunRecorder recorder;
        private final double[] parameters;
        private final AntitheticPairs pairs;

        Worker(Experiment experiment) {
            Model model = experiment.model();
            streams = RunStreams.create(experiment.seed(), experiment.antithetic());
            simulation = model.newSimulation(streams);
            draws = ParameterDraws.of(experiment, streams, simulation);
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
                recorder.begin(i);
                long completedBefore = tally.completed();
                try {
                    boolean accepted = draws.draw(parameters);
                    tally.addRejectedDraws(draws.rejected());
                    if (accepted) {
                        simulation.run(parameters, recorder);
                    } else {
                        recorder.diverged(0);
                    }
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
