package org.rsisim.benchmarks;

import org.rsisim.core.Experiment;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.models.rsi.RsiChain;

/**
 * The flagship chain written as a plain loop, without the engine: the limit the engine is measured against.
 *
 * <p>For each run it positions the same streams as the engine ({@link RunStreams#moveTo}), draws the parameters
 * with the experiment's own {@link JointDistribution.Sampler} (so the values are the engine's), and advances the
 * model's own {@link RsiChain.Trajectory} generation by generation, so the arithmetic and the random numbers are
 * those of the model run by the engine. Instead of the engine's statistics (quantile histograms, exact sums, series
 * bands) it keeps only what a hand-written study of the headline question would: how many runs were automated by
 * each requested date, the sum of fidelity at automation, and the number of generations simulated. Not
 * thread-safe: one instance per thread.
 */
public final class FlagshipHandLoop {
    private final Experiment experiment;
    private final RsiChain chain;
    private final double[] dates;
    private final long[] automatedBy;
    private double fidelitySum;
    private long automated;
    private long generations;

    /**
     * Prepares the loop for an experiment of the chain.
     *
     * @param experiment an experiment whose model is an {@link RsiChain}
     * @param dates the dates to count automation by, decimal years
     * @throws IllegalArgumentException if the model is not the chain
     */
    public FlagshipHandLoop(Experiment experiment, double... dates) {
        if (!(experiment.model() instanceof RsiChain c)) {
            throw new IllegalArgumentException("model " + experiment.model().name() + " is not " + RsiChain.NAME);
        }
        this.experiment = experiment;
        this.chain = c;
        this.dates = dates.clone();
        this.automatedBy = new long[dates.length];
    }

    /**
     * Runs {@code [0, runs)} on the calling thread and keeps the counts, replacing those of an earlier call.
     *
     * @param runs number of runs, from run 0
     * @return the fraction of runs automated by the first date
     */
    public double run(long runs) {
        java.util.Arrays.fill(automatedBy, 0);
        fidelitySum = 0;
        automated = 0;
        generations = 0;
        RunStreams streams = RunStreams.create(experiment.seed());
        RsiChain.Trajectory trajectory = chain.newTrajectory(streams);
        JointDistribution.Sampler sampler = experiment.jointDistribution().newSampler(streams);
        double[] p = new double[chain.parameters().size()];
        double threshold = chain.automationThreshold();
        long steps = 0;
        for (long i = 0; i < runs; i++) {
            streams.moveTo(i);
            sampler.sample(p);
            trajectory.start(p);
            boolean done = false;
            do {
                steps++;
                if (!done && trajectory.automation() >= threshold) {
                    done = true;
                    double t = trajectory.date();
                    for (int j = 0; j < dates.length; j++) {
                        if (t <= dates[j]) {
                            automatedBy[j]++;
                        }
                    }
                    fidelitySum += trajectory.fidelity();
                    automated++;
                }
            } while (trajectory.advance());
        }
        generations = steps;
        return (double) automatedBy[0] / runs;
    }

    /**
     * Returns how many runs of the last call were automated by a date.
     *
     * @param k index of the date in the constructor's list
     * @return the count
     */
    public long automatedBy(int k) {
        return automatedBy[k];
    }

    /** @return runs of the last call that were automated at all within the horizon */
    public long automated() {
        return automated;
    }

    /** @return the mean fidelity at automation over the automated runs of the last call, NaN if none */
    public double meanFidelityAtAutomation() {
        return automated == 0 ? Double.NaN : fidelitySum / automated;
    }

    /** @return generations simulated by the last call, over all its runs */
    public long generations() {
        return generations;
    }
}
