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

    /**
     * Says whether a draw of parameters is one the model runs, for experiments that redraw rejected draws
     * ({@link Experiment.Builder#redraw}): the engine draws a run's parameters, asks this method, and draws again
     * from the run's own parameter streams until it answers {@code true} (or reports the run as diverged after
     * the experiment's most draws). Without that option the engine never calls it.
     *
     * <p>The contract: the answer is a deterministic function of the parameters alone; the method draws no random
     * numbers (it must not touch the {@link RunStreams} the simulation was made with, so redrawing shifts no model
     * component's numbers), records nothing, allocates nothing, and leaves nothing behind that changes a later
     * {@link #run}. It is called on the simulation's own thread, between runs. It may throw; the engine then counts
     * the run as failed, as when {@link #run} throws.
     *
     * <p>A model whose source rejects and redraws some samples (Davidson's full takeoff model, whose Monte Carlo
     * redraws samples with tasks already automatable in its first year) states its test here; every other model
     * accepts every draw, the default.
     *
     * @param parameters one value per {@link Model#parameters() parameter}, in declaration order; read only
     * @return {@code true} if the run is to be simulated with these values
     */
    default boolean accepts(double[] parameters) {
        return true;
    }
}
