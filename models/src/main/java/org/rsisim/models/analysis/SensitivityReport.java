package org.rsisim.models.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link SobolSensitivity} analysis: one {@link SobolIndex} per uncertain parameter, in the model's
 * parameter order, and what the estimates rest on.
 *
 * @param experiment the analysed experiment's name
 * @param output the output whose variance is decomposed
 * @param indices the indices, one per uncertain parameter, in the model's parameter order
 * @param baseSamples {@code N}, the rows of each design matrix
 * @param rowsUsed rows whose {@code k + 2} runs all completed and recorded the output; the others were dropped
 * @param modelRuns model runs made, {@code N (k + 2)}
 * @param outputMean mean of the output over the rows used of matrices A and B
 * @param outputVariance its variance {@code Var(Y)}, the denominator of every index
 * @param bootstrapResamples how many bootstrap resamples the intervals come from
 * @param seed the experiment seed, which fixes the design and the model's random numbers
 */
public record SensitivityReport(String experiment, ScalarOutput output, List<SobolIndex> indices, int baseSamples,
                                int rowsUsed, long modelRuns, double outputMean, double outputVariance,
                                int bootstrapResamples, long seed) {

    /**
     * Copies the list.
     */
    public SensitivityReport {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(output, "output");
        indices = List.copyOf(indices);
    }

    /**
     * Returns the indices sorted by decreasing total effect, the order of a tornado chart.
     *
     * @return a new list; ties keep the parameter order
     */
    public List<SobolIndex> byTotalEffect() {
        return indices.stream().sorted(Comparator.comparingDouble((SobolIndex s) -> s.totalEffect().value())
                .reversed()).toList();
    }

    /**
     * Returns the indices of a parameter.
     *
     * @param parameter its name
     * @return its indices
     * @throws IllegalArgumentException if the parameter was not analysed
     */
    public SobolIndex index(String parameter) {
        for (SobolIndex s : indices) {
            if (s.parameter().equals(parameter)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no Sobol index for '" + parameter + "'; analysed: "
                + indices.stream().map(SobolIndex::parameter).toList());
    }
}
