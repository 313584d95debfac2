package org.rsisim.core.rare;

import java.util.List;
import java.util.Map;
import org.rsisim.core.stat.Estimate;

/**
 * The importance-sampling estimate of a rare event's probability, with its error and the diagnostics a reader needs
 * to trust it.
 *
 * <p>With {@code n} final runs drawn from the shifted distribution, likelihood ratios {@code w_i} and event
 * indicators {@code 1_i}, the estimate is {@code p = (1/n) sum w_i 1_i}, its standard error
 * {@code sqrt((sum (w_i 1_i)^2 / n - p^2) / (n - 1))}, and the effective sample size Kish's
 * {@code (sum w_i 1_i)^2 / sum (w_i 1_i)^2} over the runs in the event (Kish, Survey Sampling, 1965; Owen, Monte
 * Carlo theory, methods and examples, 2013, ch. 9). Under plain Monte Carlo (no shift) every {@code w_i = 1}, the
 * estimate is the proportion of hits and the effective sample size the number of hits. The 95 % interval is the
 * normal one; it is trustworthy when the relative error is small (say below 0.3) and the effective sample size
 * large (say 100 or more), and no single run carries much of the estimate ({@code maxWeightShare} small).
 *
 * @param event the event
 * @param probability the estimate {@code p}, 0 if no run was in the event
 * @param stderr its standard error, 0 if no run was in the event
 * @param relativeError {@code stderr / probability}, NaN if no run was in the event
 * @param effectiveSampleSize Kish's effective sample size of the runs in the event, 0 if none
 * @param hits how many final runs were in the event
 * @param runs the final runs {@code n}
 * @param evaluations every model run made, the pilot runs of the cross-entropy iterations included
 * @param failedRuns final runs that threw or diverged; they count as not in the event, so with failures the
 *        estimate is that of the event and the run completing
 * @param maxWeightShare the largest single {@code w_i 1_i} divided by their sum, 0 if no run was in the event
 * @param shift the mean of the normal scores of the final runs, by uncertain parameter, in parameter order
 * @param steps the cross-entropy iterations, in order; empty if the shift was given or no shift was used
 * @param converged whether the iterations reached the event itself (level 0); {@code true} when no iterations ran
 * @param seed the seed of the final runs
 */
public record RareEstimate(RareEvent event, double probability, double stderr, double relativeError,
                           double effectiveSampleSize, long hits, long runs, long evaluations, long failedRuns,
                           double maxWeightShare, Map<String, Double> shift, List<CrossEntropyStep> steps,
                           boolean converged, long seed) {
    /** Copies the collections. */
    public RareEstimate {
        shift = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shift));
        steps = List.copyOf(steps);
    }

    /**
     * Returns the probability as an {@link Estimate} with its normal 95 % interval.
     *
     * @return the estimate
     */
    public Estimate estimate() {
        return Estimate.ofMean(probability, stderr);
    }
}
