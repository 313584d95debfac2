package org.rsisim.core;

import java.util.List;
import org.rsisim.core.distribution.JointDistribution;

/**
 * Draws the parameters of one run of an experiment, honouring its {@link Experiment#redraw() redraw} option: the
 * engine's way of drawing a run's parameters, open to other code that runs an experiment's runs itself (the paired
 * runs of a comparison) so that it draws them the same way.
 *
 * <p>Without the option, {@link #draw} is one {@link JointDistribution.Sampler#sample} and always accepts. With it,
 * the draw is repeated from the same parameter streams, which go on where the rejected draw stopped, until the
 * simulation {@link Simulation#accepts accepts} it or {@link Redraw#maxDraws()} draws were rejected; the kept
 * parameters are put back to their first draw after every redraw. Every value is therefore a function of (seed,
 * run) alone, whatever the thread or the machine. Bound to one worker's streams and simulation: not thread-safe.
 * Allocation-free after construction.
 */
public final class ParameterDraws {
    private final JointDistribution.Sampler sampler;
    private final Simulation simulation;
    private final int maxDraws;
    private final int[] keep;
    private final double[] kept;
    private int rejected;

    private ParameterDraws(Experiment experiment, RunStreams streams, Simulation simulation) {
        this.sampler = experiment.jointDistribution().newSampler(streams);
        this.simulation = simulation;
        Redraw redraw = experiment.redraw();
        this.maxDraws = redraw == null ? 0 : redraw.maxDraws();
        List<String> names = redraw == null ? List.of() : redraw.keep();
        keep = new int[names.size()];
        for (int k = 0; k < keep.length; k++) {
            keep[k] = experiment.model().parameterIndex(names.get(k));
        }
        kept = new double[keep.length];
    }

    /**
     * Creates the draws of an experiment on a worker's streams.
     *
     * @param experiment the experiment: its joint distribution and redraw option
     * @param streams the worker's streams; a draw reads the parameter streams of the run they are positioned at
     * @param simulation the worker's simulation of the experiment's model, asked whether it accepts a draw (used
     *        only with the redraw option)
     * @return the draws
     */
    public static ParameterDraws of(Experiment experiment, RunStreams streams, Simulation simulation) {
        return new ParameterDraws(experiment, streams, simulation);
    }

    /**
     * Draws the parameters of the run the streams are positioned at.
     *
     * @param out an array with at least one entry per parameter, in parameter order; holds the last draw on return
     * @return {@code true} if the draw was accepted (always, without the redraw option); {@code false} if
     *         {@link Redraw#maxDraws()} draws were rejected, and the run is to be reported as diverged
     * @throws RuntimeException whatever {@link Simulation#accepts} throws
     */
    public boolean draw(double[] out) {
        rejected = 0;
        sampler.sample(out);
        if (maxDraws == 0) {
            return true;
        }
        for (int k = 0; k < keep.length; k++) {
            kept[k] = out[keep[k]];
        }
        while (!simulation.accepts(out)) {
            rejected++;
            if (rejected == maxDraws) {
                return false;
            }
            sampler.sample(out);
            for (int k = 0; k < keep.length; k++) {
                out[keep[k]] = kept[k];
            }
        }
        return true;
    }

    /**
     * Returns how many draws the last {@link #draw} rejected: 0 without the redraw option, {@link Redraw#maxDraws()}
     * when it returned {@code false}.
     *
     * @return the rejected draws of the last run
     */
    public int rejected() {
        return rejected;
    }
}
