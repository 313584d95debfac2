package org.rsisim.models.analysis;

import java.util.Objects;
import org.rsisim.core.stat.Estimate;

/**
 * The Sobol indices of one uncertain parameter, each with its bootstrap error: one bar of a sensitivity chart.
 *
 * <p>The first-order index {@code S_i = Var(E[Y | X_i]) / Var(Y)} is the share of the output's variance that the
 * parameter explains on its own; the total-effect index {@code ST_i = E[Var(Y | X_~i)] / Var(Y)} is the share that
 * would remain if every other parameter were known, so it includes the parameter's interactions. For independent
 * parameters {@code 0 <= S_i <= ST_i <= 1}; estimates may stray slightly outside because of sampling error. In each
 * {@link Estimate}, {@code value} is the estimate from all rows of the design, {@code stderr} the standard deviation
 * of the bootstrap replicates, and {@code [lower, upper]} the 95 % bootstrap percentile interval. All are NaN when the
 * output has no variance.
 *
 * @param parameter the parameter's name
 * @param distribution its marginal distribution, as text
 * @param firstOrder the first-order index {@code S_i}
 * @param totalEffect the total-effect index {@code ST_i}
 */
public record SobolIndex(String parameter, String distribution, Estimate firstOrder, Estimate totalEffect) {

    /**
     * Checks that no component is null.
     */
    public SobolIndex {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(firstOrder, "firstOrder");
        Objects.requireNonNull(totalEffect, "totalEffect");
    }

    /**
     * Returns the share of variance due to the parameter's interactions with others, {@code ST_i - S_i}.
     *
     * @return the difference of the two point estimates
     */
    public double interaction() {
        return totalEffect.value() - firstOrder.value();
    }
}
