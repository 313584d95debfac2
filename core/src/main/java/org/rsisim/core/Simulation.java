package org.rsisim.core;

/**
 * The mutable state of a {@link Model} on one worker thread: it simulates one run at a time.
 *
 * <p>An instance is used by one thread only and is reused for every run that thread executes, so it may keep
 * scratch arrays and samplers in fields. {@link #run} is the hot path: primitives only, no allocation, no boxing,
 * no logging, no locks.
 */
@FunctionalInterface
public interface Simulation {

    /**
     * Simulates one run. Before the call the engine has positioned the {@link RunStreams} the simulation was created
     * with at the current run, so every random draw is a function of (seed, run index, stream component) alone.
     *
     * <p>A run that produces NaN or an infinity in any observation is counted as diverged and none of its
     * observations enter the statistics; a model that detects a blow-up itself calls {@link Sink#diverged(int)}. An
     * exception thrown here is counted as a failed run; the other runs are unaffected.
     *
     * @param parameters one value per {@link Model#parameters() parameter}, in declaration order; read only
     * @param sink where the run records its observations
     */
    void run(double[] parameters, Sink sink);
}
