package org.rsisim.core;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.internal.Xoshiro256;

/**
 * The random streams of one worker, positioned at one run at a time.
 *
 * <p>Each stochastic component of a model (capability, alignment, oversight, ...) asks once for its own stream
 * with {@link #component(int)}. The stream's numbers in run {@code i} are a function of (seed, i, component) alone:
 * they do not depend on the thread, the block, the order runs are executed in, or on which other components exist.
 * Adding a component therefore leaves the others' numbers unchanged, and two scenarios with the same seed see the
 * same numbers in the same component (common random numbers).
 *
 * <p>Each stream is a xoshiro256++ generator whose 256-bit state is expanded with SplitMix64 from a key that mixes
 * the seed, the run index and the component id, so runs with adjacent indices are not correlated. The
 * {@link UniformRandomProvider} returned stays the same object for the life of this instance and is re-seeded in
 * place by {@link #moveTo(long)}: samplers built on it once remain valid for every run, and nothing is allocated per
 * run. Not thread-safe: one instance per worker thread.
 */
public final class RunStreams {
    /** Component id the engine reserves for sampling parameter values. Model components use ids {@code >= 0}. */
    public static final int PARAMETERS = -1;

    private final long seed;
    private final boolean antithetic;
    private long run;
    private int[] ids = new int[4];
    private Xoshiro256[] generators = new Xoshiro256[4];
    private int size;

    private RunStreams(long seed, boolean antithetic) {
        this.seed = seed;
        this.antithetic = antithetic;
    }

    /**
     * Creates the streams of an experiment seed, positioned at run 0.
     *
     * @param seed the experiment seed; any value is allowed
     * @return new streams
     */
    public static RunStreams create(long seed) {
        return new RunStreams(seed, false);
    }

    /**
     * Creates the streams of an experiment seed, positioned at run 0, optionally in antithetic pairs: then run
     * {@code 2k + 1} replays the keys of run {@code 2k} in every component with each output word complemented, so
     * each uniform {@code u} of run {@code 2k} becomes {@code 1 - u} in run {@code 2k + 1} (see
     * {@link Experiment.Builder#antithetic}).
     *
     * @param seed the experiment seed; any value is allowed
     * @param antithetic whether odd runs are the antithetic twins of the even runs before them
     * @return new streams
     */
    public static RunStreams create(long seed, boolean antithetic) {
        return new RunStreams(seed, antithetic);
    }

    /**
     * Returns the stream of a component, positioned at the start of the current run. Asking twice for the same id
     * returns the same object.
     *
     * @param id component id, {@code >= 0} for model components
     * @return the component's generator
     */
    public UniformRandomProvider component(int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return generators[i];
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            generators = Arrays.copyOf(generators, size * 2);
        }
        ids[size] = id;
        generators[size] = new Xoshiro256(Xoshiro256.key(seed, keyRun(run), id));
        generators[size].setComplement(antithetic && (run & 1) == 1);
        return generators[size++];
    }

    /**
     * Positions every component at the start of a run. Allocation-free.
     *
     * @param runIndex the run, {@code >= 0}
     */
    public void moveTo(long runIndex) {
        this.run = runIndex;
        long keyRun = keyRun(runIndex);
        boolean complement = antithetic && (runIndex & 1) == 1;
        for (int i = 0; i < size; i++) {
            generators[i].setKey(Xoshiro256.key(seed, keyRun, ids[i]));
            generators[i].setComplement(complement);
        }
    }

    /** The run whose keys a run uses: itself, or in antithetic pairs the even run of its pair. */
    private long keyRun(long runIndex) {
        return antithetic ? runIndex & ~1L : runIndex;
    }

    /**
     * Returns whether odd runs are the antithetic twins of the even runs before them.
     *
     * @return {@code true} for antithetic pairs
     */
    public boolean antithetic() {
        return antithetic;
    }

    /**
     * Returns the experiment seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the run the streams are positioned at.
     *
     * @return the run index
     */
    public long run() {
        return run;
    }
}
