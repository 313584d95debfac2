package org.rsisim.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The redraw of rejected parameter draws, an option of an {@link Experiment} ({@link Experiment.Builder#redraw}):
 * the engine draws a run's parameters, asks the model's {@link Simulation#accepts}, and while the draw is rejected
 * draws again from the run's own parameter streams, putting the {@link #keep() kept} parameters back to their first
 * draw each time. After {@link #maxDraws()} rejected draws the run is reported as diverged at step 0.
 *
 * <p>What it samples. Let {@code A} be the set of accepted values, {@code K} the kept parameters and {@code R} the
 * others. Without kept parameters the runs follow the prior conditioned on {@code A}: {@code p(x | x in A)}, the
 * distribution of a Monte Carlo that throws rejected samples away and draws until it has enough. With kept
 * parameters, {@code K} keeps its prior {@code p(K)} and {@code R} follows {@code p(R | K, (K, R) in A)}: the
 * two-stage method of Davidson's full takeoff model ({@code epoch-research/ftm}, {@code TakeoffParamsDist.rvs}
 * with {@code resampling_method='all_but_training_requirements'}), which weighs each value of {@code K} by
 * {@code 1 / P(A | K)} relative to the first form. A value of {@code K} whose {@code P(A | K)} is 0 exhausts the
 * draws and its run is reported as diverged; the source's first stage, which redraws {@code K} until some
 * {@code R} can be accepted, is then the prior of {@code K} conditioned on that set, which a scenario states as
 * a truncated distribution of {@code K}.
 *
 * <p>Counts. The result reports the rejected draws ({@link Result#rejectedDraws()}); with {@code n} runs of which
 * {@code d} exhausted the draws, {@code n - d} runs were accepted after {@code n - d + rejected - d * maxDraws}
 * draws, so the acceptance rate is {@code (n - d) / (n - d + rejected - d * maxDraws)}.
 *
 * <p>What it cannot be combined with: antithetic pairs and quasi-random points (a redraw breaks the pairing and
 * the net), a kept parameter that is rank-correlated with another (conditioning the copula on a kept value is not
 * supported), rare-event importance sampling (its likelihood ratios are those of the unconditioned prior), Sobol
 * indices (they decompose the variance of independent parameters) and calibration; each refuses it with a message.
 *
 * @param maxDraws the most draws of a run's parameters, in {@code [1, }{@value #MAX_DRAWS}{@code ]}
 * @param keep the parameters whose first draw is kept, without repeats, in the order given
 */
public record Redraw(int maxDraws, List<String> keep) {
    /** The largest {@link #maxDraws()} allowed. */
    public static final int MAX_DRAWS = 1_000_000;

    /**
     * Checks the values and copies the list.
     *
     * @throws InvalidValueException named {@value Experiment#REDRAW} if {@code maxDraws} is outside
     *         {@code [1, }{@value #MAX_DRAWS}{@code ]} or a name repeats
     */
    public Redraw {
        if (!(maxDraws >= 1 && maxDraws <= MAX_DRAWS)) {
            throw new InvalidValueException("redraw max draws = " + maxDraws + " is outside the allowed range [1, "
                    + MAX_DRAWS + "]", Experiment.REDRAW, maxDraws);
        }
        keep = List.copyOf(keep);
        if (new LinkedHashSet<>(keep).size() != keep.size()) {
            throw new InvalidValueException("redraw keep " + keep + " names a parameter twice", Experiment.REDRAW,
                    Double.NaN);
        }
    }

    /**
     * Returns the option in the scenario language, as messages name it.
     *
     * @return such as {@code redraw {max-draws: 1000, keep: [a, b]}}
     */
    @Override
    public String toString() {
        return "redraw {max-draws: " + maxDraws + ", keep: [" + String.join(", ", keep) + "]}";
    }

    /**
     * Creates the option.
     *
     * @param maxDraws the most draws of a run's parameters, in {@code [1, }{@value #MAX_DRAWS}{@code ]}
     * @param keep the parameters whose first draw is kept; none for a redraw of every parameter
     * @return the option
     * @throws InvalidValueException if a value is refused
     */
    public static Redraw of(int maxDraws, Collection<String> keep) {
        List<String> names = new ArrayList<>();
        for (String k : keep) {
            names.add(Objects.requireNonNull(k, "kept parameter name"));
        }
        return new Redraw(maxDraws, names);
    }
}
