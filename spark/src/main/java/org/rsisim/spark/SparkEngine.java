package org.rsisim.spark;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.PartialResult;
import org.rsisim.core.Result;

/**
 * Runs experiments on an Apache Spark cluster, with the same bits as a local run.
 *
 * <p>How a job runs: the driver builds each experiment from its {@link ExperimentRecipe}, cuts its runs
 * {@code [0, N)} into slices of {@code sliceBlocks * blockSize} runs (so every slice starts at a multiple of
 * {@link Experiment#CHUNK}), and deals the slices of all the job's experiments to a fixed number of partitions, each
 * partition taking a contiguous range of them. On the executors, each partition builds its experiments from the
 * recipes, checks that each has the hash the driver saw, runs its runs with {@link Engine#runPart} and merges them
 * into one {@link PartialResult} per experiment; the partitions' parts are then merged with {@code treeReduce} and
 * the driver completes each experiment with {@link Engine#complete}.
 *
 * <p>Determinism: run {@code i} draws only from streams keyed by (seed, i) and parts merge exactly in any order, so
 * the metrics, events, series and run counts of the result equal those of {@code Engine.withThreads(t).run(e)} for
 * any {@code t}, any number of partitions, any slice size, any executor count and any task retries. Only the
 * {@link org.rsisim.core.Manifest} differs: its thread count is the number of partitions that ran part of the
 * experiment and its wall time is that of the whole Spark job.
 *
 * <p>An experiment with a precision {@link Experiment#target() target} is refused: locally, a target stops the run
 * at the first block, in block order, after which the precision is reached, whereas a Spark job runs all its slices
 * at once and could not stop at the same block; build the experiment without a target and with the run count you
 * need instead. A run whose model throws is counted as failed, as locally; an exception
 * outside the model (a recipe that throws, a class missing on an executor) fails the Spark job and is rethrown by
 * Spark as a {@link org.apache.spark.SparkException}.
 *
 * <p>An engine is immutable and holds a Spark context it does not own: it never stops it. Calls from several threads
 * run as separate Spark jobs, which Spark allows on one context.
 */
public final class SparkEngine {
    /** The largest number of partitions a job may be cut into. */
    public static final int MAX_PARTITIONS = 1 << 20;
    /** The largest number of blocks per slice. */
    public static final int MAX_SLICE_BLOCKS = 1 << 16;

    private static final String JOB_DESCRIPTION = "spark.job.description";

    private final JavaSparkContext context;
    private final int partitions;
    private final int sliceBlocks;

    private SparkEngine(JavaSparkContext context, int partitions, int sliceBlocks) {
        this.context = context;
        this.partitions = partitions;
        this.sliceBlocks = sliceBlocks;
    }

    /**
     * Creates an engine that cuts every job into a given number of Spark partitions, with slices of one block.
     * More partitions than executor cores lets Spark balance uneven machines; each partition builds the
     * experiment once and runs a contiguous share of the slices.
     *
     * @param context a running Spark context; not stopped by the engine
     * @param partitions number of partitions, in {@code [1, }{@value #MAX_PARTITIONS}{@code ]}
     * @return the engine
     * @throws NullPointerException if the context is {@code null}
     * @throws IllegalArgumentException if the partition count is outside its range
     */
    public static SparkEngine on(JavaSparkContext context, int partitions) {
        Objects.requireNonNull(context, "context");
        checkPartitions(partitions);
        return new SparkEngine(context, partitions, 1);
    }

    /**
     * Creates an engine on a Scala {@link SparkContext}, such as {@code sparkSession.sparkContext()}.
     *
     * @param context a running Spark context; not stopped by the engine
     * @param partitions number of partitions, in {@code [1, }{@value #MAX_PARTITIONS}{@code ]}
     * @return the engine
     * @throws NullPointerException if the context is {@code null}
     * @throws IllegalArgumentException if the partition count is outside its range
     * @see #on(JavaSparkContext, int)
     */
    public static SparkEngine on(SparkContext context, int partitions) {
        Objects.requireNonNull(context, "context");
        checkPartitions(partitions);
        return new SparkEngine(JavaSparkContext.fromSparkContext(context), partitions, 1);
    }

    private static void checkPartitions(int partitions) {
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("partitions = " + partitions + " is outside the allowed range [1, "
                    + MAX_PARTITIONS + "]");
        }
    }

    /**
     * Returns a copy whose slices hold {@code blocks} of each experiment's {@link Experiment#blockSize() blocks}.
     * The slice size changes only how the runs are dealt to partitions, never the result.
     *
     * @param blocks blocks per slice, in {@code [1, }{@value #MAX_SLICE_BLOCKS}{@code ]}
     * @return the copy
     * @throws IllegalArgumentException if the count is outside its range
     */
    public SparkEngine withSliceBlocks(int blocks) {
        if (blocks < 1 || blocks > MAX_SLICE_BLOCKS) {
            throw new IllegalArgumentException("slice blocks = " + blocks + " is outside the allowed range [1, "
                    + MAX_SLICE_BLOCKS + "]");
        }
        return new SparkEngine(context, partitions, blocks);
    }

    /**
     * Returns the number of partitions each job is cut into.
     *
     * @return the partition count
     */
    public int partitions() {
        return partitions;
    }

    /**
     * Returns the number of blocks per slice.
     *
     * @return blocks per slice, 1 unless {@link #withSliceBlocks} changed it
     */
    public int sliceBlocks() {
        return sliceBlocks;
    }

    /**
     * Runs one experiment as one Spark job and waits for its result.
     *
     * @param recipe builds the experiment, on the driver and on the executors
     * @return the result; its statistics equal those of a local {@link Engine} run of the same experiment
     * @throws NullPointerException if the recipe is {@code null}
     * @throws IllegalArgumentException if the recipe cannot be serialised, returns {@code null}, or builds an
     *         experiment with a precision target
     * @throws IllegalStateException if the context is stopped, or an executor's experiment has another hash than
     *         the driver's
     */
    public Result run(ExperimentRecipe recipe) {
        Objects.requireNonNull(recipe, "recipe");
        return sweep(List.of(recipe)).get(0);
    }

    /**
     * Runs several experiments, for instance one per value of a parameter, in one Spark job, and waits for their
     * results. Their slices are dealt together, so partitions stay balanced however the run counts differ.
     *
     * @param recipes one recipe per experiment; not empty, no {@code null} element
     * @return the results, in the order of the recipes; each equals a local {@link Engine} run in its statistics
     * @throws NullPointerException if the list is {@code null}
     * @throws IllegalArgumentException if the list is empty, holds {@code null}, or a recipe cannot be serialised,
     *         returns {@code null} or builds an experiment with a precision target; the message gives the recipe's
     *         index
     * @throws IllegalStateException if the context is stopped, or an executor's experiment has another hash than
     *         the driver's
     */
    public List<Result> sweep(List<? extends ExperimentRecipe> recipes) {
        Objects.requireNonNull(recipes, "recipes");
        if (recipes.isEmpty()) {
            throw new IllegalArgumentException("recipes is empty; give at least one experiment recipe");
        }
        List<ExperimentRecipe> list = new ArrayList<>(recipes.size());
        for (int j = 0; j < recipes.size(); j++) {
            ExperimentRecipe r = recipes.get(j);
            if (r == null) {
                throw new IllegalArgumentException("recipe " + j + " is null");
            }
            list.add(r);
        }
        if (context.sc().isStopped()) {
            throw new IllegalStateException("the Spark context is stopped");
        }
        int k = list.size();
        Experiment[] experiments = new Experiment[k];
        String[] hashes = new String[k];
        long[] runs = new long[k];
        long[] sliceRuns = new long[k];
        for (int j = 0; j < k; j++) {
            requireSerialisable(list.get(j), j);
            Experiment e = list.get(j).experiment();
            if (e == null) {
                throw new IllegalArgumentException("recipe " + j + " returned null instead of an experiment");
            }
            if (e.target() != null) {
                throw new IllegalArgumentException("recipe " + j + " (" + e.name() + ") has precision target "
                        + e.target() + "; a Spark job runs a fixed number of runs, so build the experiment without "
                        + "a target and with the runs it needs");
            }
            experiments[j] = e;
            hashes[j] = e.hash();
            runs[j] = e.runs();
            sliceRuns[j] = (long) e.blockSize() * sliceBlocks;
        }
        List<SlicePlan.Segment[]> shares = SlicePlan.deal(runs, sliceRuns, partitions);
        int[] workers = new int[k];
        for (SlicePlan.Segment[] share : shares) {
            int last = -1;
            for (SlicePlan.Segment s : share) {
                if (s.experiment() != last) {
                    workers[s.experiment()]++;
                    last = s.experiment();
                }
            }
        }

        String previous = context.getLocalProperty(JOB_DESCRIPTION);
        long start = System.nanoTime();
        Outcome total;
        try {
            context.setJobDescription("rsisim: " + describe(experiments));
            JavaRDD<SlicePlan.Segment[]> rdd = context.parallelize(shares, partitions);
            total = rdd.mapPartitions(new RunShare(list, hashes)).treeReduce(new MergeOutcomes());
        } finally {
            context.setLocalProperty(JOB_DESCRIPTION, previous);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (total.mismatch != null) {
            throw new IllegalStateException(total.mismatch);
        }
        List<Result> results = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            PartialResult part = total.parts[j];
            if (part == null || part.runs() != runs[j]) {
                throw new IllegalStateException("experiment " + j + " (" + experiments[j].name() + ") came back with "
                        + (part == null ? 0 : part.runs()) + " of its " + runs[j] + " runs");
            }
            results.add(Engine.complete(experiments[j], part, workers[j], seconds));
        }
        return List.copyOf(results);
    }

    private static String describe(Experiment[] experiments) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < experiments.length && j < 3; j++) {
            s.append(j == 0 ? "" : ", ").append(experiments[j].name());
        }
        if (experiments.length > 3) {
            s.append(" and ").append(experiments.length - 3).append(" more");
        }
        return s.toString();
    }

    /** Fails early, with the recipe's index, where Spark would fail later with a long trace. */
    private static void requireSerialisable(ExperimentRecipe recipe, int index) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(recipe);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("recipe " + index + " cannot be serialised: it refers to an object of "
                    + e.getMessage() + ", which is not Serializable; capture values, not objects", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("recipe " + index + " cannot be serialised: " + e, e);
        }
    }

    /**
     * What one partition (or a merge of several) sends back: one part per experiment ({@code null} where it ran
     * none of its runs), or the first hash mismatch it met.
     */
    static final class Outcome implements Serializable {
        private static final long serialVersionUID = 1L;
        final PartialResult[] parts;
        String mismatch;

        Outcome(int experiments) {
            parts = new PartialResult[experiments];
        }
    }

    /** Runs one partition's segments: builds each experiment once, checks its hash, runs and merges its runs. */
    static final class RunShare implements FlatMapFunction<Iterator<SlicePlan.Segment[]>, Outcome> {
        private static final long serialVersionUID = 1L;
        private final List<ExperimentRecipe> recipes;
        private final String[] hashes;

        RunShare(List<ExperimentRecipe> recipes, String[] hashes) {
            this.recipes = recipes;
            this.hashes = hashes;
        }

        @Override
        public Iterator<Outcome> call(Iterator<SlicePlan.Segment[]> shares) {
            Outcome outcome = new Outcome(hashes.length);
            Experiment[] built = new Experiment[hashes.length];
            while (shares.hasNext()) {
                for (SlicePlan.Segment s : shares.next()) {
                    int j = s.experiment();
                    if (built[j] == null) {
                        Experiment e = recipes.get(j).experiment();
                        String hash = e == null ? "null (no experiment)" : e.hash();
                        if (!hashes[j].equals(hash)) {
                            outcome.mismatch = "recipe " + j + " built an experiment with hash " + hashes[j]
                                    + " on the driver but " + hash + " on an executor; a recipe must build the same "
                                    + "experiment everywhere, so capture values, not state that differs between "
                                    + "machines or calls";
                            return List.of(outcome).iterator();
                        }
                        built[j] = e;
                    }
                    PartialResult part = Engine.runPart(built[j], s.firstRun(), s.endRun());
                    outcome.parts[j] = outcome.parts[j] == null ? part : outcome.parts[j].merge(part);
                }
            }
            return List.of(outcome).iterator();
        }
    }

    /** Merges two outcomes into the first; exact and order-free because {@link PartialResult#merge} is. */
    static final class MergeOutcomes implements Function2<Outcome, Outcome, Outcome> {
        private static final long serialVersionUID = 1L;

        @Override
        public Outcome call(Outcome a, Outcome b) {
            if (a.mismatch == null) {
                a.mismatch = b.mismatch;
            }
            for (int j = 0; j < a.parts.length; j++) {
                PartialResult p = b.parts[j];
                if (p != null) {
                    a.parts[j] = a.parts[j] == null ? p : a.parts[j].merge(p);
                }
            }
            return a;
        }
    }
}
