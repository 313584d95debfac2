package org.rsisim.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.rsisim.core.Cancellation;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.PartialResult;
import org.rsisim.core.Result;

/**
 * A stateful property of the engine's lifecycle, as a jqwik {@link ActionChain}: the runs of an experiment are cut
 * into parts at multiples of {@link Experiment#CHUNK}; a chain runs the parts in any order
 * ({@link Engine#runPart}), merges finished parts in any order ({@link PartialResult#merge}), cancels whole engine
 * runs after a few blocks, and finally completes the merged parts ({@link Engine#complete}). Every step checks what
 * the engine promises:
 * <ul>
 *   <li>a cancelled run is partial, covers a prefix of whole blocks, and has the same statistics as the completed
 *       part of exactly those runs;</li>
 *   <li>the completed merge of all parts has the same statistics, bit for bit, as one uninterrupted
 *       {@link Engine#run(Experiment)}, whatever the order of running and merging.</li>
 * </ul>
 * A difference is reported by {@link AssertionError} naming the first statistic that differs, the steps of the
 * chain (jqwik prints them) and the experiment.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void anyOrderOfPartsGivesTheSameResult(@ForAll("chains") ActionChain<EngineLifecycle> chain) {
 *     chain.run();
 * }
 *
 * @Provide
 * Arbitrary<ActionChain<EngineLifecycle>> chains() {
 *     return ExperimentArbitraries.experiments(model, 2_000).flatMap(e -> EngineLifecycle.chains(e, 6));
 * }
 * }</pre>
 *
 * <p>One instance is the state of one chain; not thread-safe.
 */
public final class EngineLifecycle {
    private final Experiment experiment;
    private final long[] bounds;
    private final TreeSet<Integer> notRun = new TreeSet<>();
    private final List<PartialResult> finished = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private Result reference;
    private boolean done;
    private int comparedPrefixes;

    private EngineLifecycle(Experiment experiment, int parts) {
        this.experiment = experiment;
        long chunks = (experiment.runs() + Experiment.CHUNK - 1) / Experiment.CHUNK;
        int n = (int) Math.max(1, Math.min(parts, chunks));
        bounds = new long[n + 1];
        for (int i = 0; i < n; i++) {
            bounds[i] = chunks * i / n * Experiment.CHUNK;
            notRun.add(i);
        }
        bounds[n] = experiment.runs();
    }

    /**
     * Returns chains of lifecycle steps over one experiment: up to {@code 3 parts + 2} steps, ending after the
     * completion once every part is run and merged (a chain that reaches the step limit before stops there, its
     * steps checked all the same).
     *
     * @param experiment the experiment; keep it small (thousands of runs), it runs about twice per chain
     * @param parts how many parts to cut the runs into, at least 1 (fewer if there are fewer chunks)
     * @return the chains; run one with {@link ActionChain#run()}
     * @throws IllegalArgumentException if {@code parts < 1}
     */
    public static ActionChainArbitrary<EngineLifecycle> chains(Experiment experiment, int parts) {
        Objects.requireNonNull(experiment, "experiment");
        if (parts < 1) {
            throw new IllegalArgumentException("parts = " + parts + " is below 1");
        }
        return ActionChain.<EngineLifecycle>startWith(() -> new EngineLifecycle(experiment, parts))
                .withAction(3, new RunPart())
                .withAction(2, new Merge())
                .withAction(1, new CancelAfterBlocks())
                .withAction(1, new Complete())
                .withAction(1, new End())
                .withMaxTransformations(3 * parts + 2);
    }

    /**
     * Returns the experiment of this chain.
     *
     * @return the experiment
     */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * Returns the steps taken so far, in order, as jqwik prints them.
     *
     * @return an unmodifiable view
     */
    public List<String> steps() {
        return java.util.Collections.unmodifiableList(steps);
    }

    /**
     * Returns whether the chain has completed: every part was run and merged, and the result compared.
     *
     * @return {@code true} after the completion step
     */
    public boolean completed() {
        return done;
    }

    /**
     * Returns how many cancelled runs stopped early with some runs done, and were compared with the part of those
     * runs; a property can collect it to show that cancellation was tested.
     *
     * @return the count
     */
    public int comparedPrefixes() {
        return comparedPrefixes;
    }

    @Override
    public String toString() {
        return "engine lifecycle of " + experiment + ": " + steps;
    }

    private Result reference() {
        if (reference == null) {
            reference = Engine.withThreads(1).run(experiment);
        }
        return reference;
    }

    private void runPart(int index) {
        finished.add(Engine.runPart(experiment, bounds[index], bounds[index + 1]));
        notRun.remove(index);
        steps.add("run part " + index + " [" + bounds[index] + ", " + bounds[index + 1] + ")");
    }

    private void merge(int into, int from) {
        PartialResult a = finished.get(into);
        PartialResult b = finished.get(from);
        a.merge(b);
        finished.remove(from);
        steps.add("merge finished part " + from + " into " + into);
    }

    private void cancelAfter(int blocks, int threads) {
        Cancellation cancellation = new Cancellation();
        long stopAt = (long) blocks * experiment.blockSize();
        Result r = Engine.withThreads(threads).run(experiment, (done, planned, nanos) -> {
            if (done >= stopAt) {
                cancellation.cancel();
            }
        }, cancellation);
        long covered = r.completed() + r.diverged() + r.failed();
        steps.add("cancel after " + blocks + " blocks on " + threads + " threads (covered " + covered + " runs)");
        if (covered >= experiment.runs()) {
            return;
        }
        if (!r.partial()) {
            throw new AssertionError("a cancelled run that covered " + covered + " of " + experiment.runs()
                    + " runs is not marked partial; " + this);
        }
        if (covered % experiment.blockSize() != 0) {
            throw new AssertionError("a cancelled run covered " + covered + " runs, not whole blocks of "
                    + experiment.blockSize() + "; " + this);
        }
        if (covered == 0) {
            return;
        }
        comparedPrefixes++;
        Result prefix = Engine.complete(experiment, Engine.runPart(experiment, 0, covered), 1, 0);
        String d = Invariants.firstDifference("result", statistics(r), statistics(prefix));
        if (d != null) {
            throw new AssertionError("a run cancelled after " + covered + " runs differs from the runs [0, " + covered
                    + ") run as one part, first at " + d + "; " + this);
        }
    }

    private void complete() {
        Result r = Engine.complete(experiment, finished.get(0), 1, 0);
        steps.add("complete");
        done = true;
        if (r.partial()) {
            throw new AssertionError("the merge of every part is partial; " + this);
        }
        String d = Invariants.firstDifference("result", statistics(r), statistics(reference()));
        if (d != null) {
            throw new AssertionError("the merged parts differ from one uninterrupted run, first at " + d
                    + " (merged against uninterrupted); " + this);
        }
    }

    private static Object statistics(Result r) {
        return List.of(r.completed(), r.diverged(), r.failed(), r.divergedAtStep(), r.metrics(), r.events(),
                r.series());
    }

    /** Runs one part that has not been run, chosen among them. */
    private static final class RunPart implements Action.Dependent<EngineLifecycle> {
        @Override
        public boolean precondition(EngineLifecycle s) {
            return !s.notRun.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<EngineLifecycle>> transformer(EngineLifecycle s) {
            return Arbitraries.of(new ArrayList<>(s.notRun))
                    .map(i -> Transformer.mutate("run part " + i, state -> state.runPart(i)));
        }
    }

    /** Merges two finished parts, chosen among them, in either order. */
    private static final class Merge implements Action.Dependent<EngineLifecycle> {
        @Override
        public boolean precondition(EngineLifecycle s) {
            return s.finished.size() >= 2;
        }

        @Override
        public Arbitrary<Transformer<EngineLifecycle>> transformer(EngineLifecycle s) {
            int n = s.finished.size();
            return Arbitraries.integers().between(0, n - 1).tuple2().filter(t -> !t.get1().equals(t.get2()))
                    .map(t -> Transformer.mutate("merge " + t.get2() + " into " + t.get1(),
                            state -> state.merge(t.get1(), t.get2())));
        }
    }

    /** Runs the whole experiment on the engine and cancels it after a few blocks. */
    private static final class CancelAfterBlocks implements Action.Independent<EngineLifecycle> {
        @Override
        public boolean precondition(EngineLifecycle s) {
            return !s.done;
        }

        @Override
        public Arbitrary<Transformer<EngineLifecycle>> transformer() {
            return Arbitraries.integers().between(0, 4).tuple2()
                    .map(t -> Transformer.mutate("cancel after " + t.get1() + " blocks on " + (1 + t.get2() % 2)
                            + " threads", state -> state.cancelAfter(t.get1(), 1 + t.get2() % 2)));
        }
    }

    /** Completes the merge of every part and compares it with one uninterrupted run; ends the chain. */
    private static final class Complete implements Action.Independent<EngineLifecycle> {
        @Override
        public boolean precondition(EngineLifecycle s) {
            return !s.done && s.notRun.isEmpty() && s.finished.size() == 1;
        }

        @Override
        public Arbitrary<Transformer<EngineLifecycle>> transformer() {
            return Arbitraries.just(Transformer.mutate("complete", EngineLifecycle::complete));
        }
    }

    /** Ends the chain once it has completed. */
    private static final class End implements Action.Independent<EngineLifecycle> {
        @Override
        public boolean precondition(EngineLifecycle s) {
            return s.done;
        }

        @Override
        public Arbitrary<Transformer<EngineLifecycle>> transformer() {
            return Arbitraries.just(Transformer.endOfChain());
        }
    }
}
