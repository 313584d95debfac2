package org.rsisim.models.analysis;

import java.util.List;
import java.util.Objects;
import org.rsisim.core.Experiment;

/**
 * The outcome of a {@link Calibration}.
 *
 * @param experiment the calibrated experiment's name
 * @param fitted the fitted value of each free parameter, in the order they were given
 * @param targets how well each target is met at the fitted values, in the order they were given
 * @param runsPerEvaluation runs in every evaluation of the objective (all on the same random numbers)
 * @param evaluations distinct points at which the model was evaluated
 * @param converged whether the method stopped by its own criterion (a root bracketed to the tolerance, or a trust
 *        region or search interval shrunk to it), rather than for lack of a bracket or of evaluations
 * @param targetsMet whether every target's value lies within the 95 % Monte Carlo interval of its achieved value,
 *        {@code |residual| <= 1.96 standardError}
 * @param status one sentence on how the search ended
 * @param excludedRuns runs at the fitted values that diverged, failed or did not record a targeted metric, left
 *        out of the estimates they lack
 * @param calibrated the experiment with every free parameter set to its fitted value
 */
public record CalibrationReport(String experiment, List<FittedValue> fitted, List<TargetFit> targets,
                                long runsPerEvaluation, int evaluations, boolean converged, boolean targetsMet,
                                String status, long excludedRuns, Experiment calibrated) {

    /**
     * Copies the lists.
     */
    public CalibrationReport {
        Objects.requireNonNull(experiment, "experiment");
        fitted = List.copyOf(fitted);
        targets = List.copyOf(targets);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(calibrated, "calibrated");
    }

    /**
     * Returns the fitted value of a free parameter.
     *
     * @param parameter its name
     * @return the value
     * @throws IllegalArgumentException if it was not a free parameter
     */
    public double value(String parameter) {
        for (FittedValue f : fitted) {
            if (f.parameter().equals(parameter)) {
                return f.value();
            }
        }
        throw new IllegalArgumentException("'" + parameter + "' was not calibrated; free parameters: "
                + fitted.stream().map(FittedValue::parameter).toList());
    }

    /**
     * A fitted free parameter.
     *
     * @param parameter the model parameter
     * @param value the fitted free value
     * @param lower the lower search bound
     * @param upper the upper search bound
     * @param form how the value sets the parameter's distribution
     * @param atBound whether the value lies on a bound (within {@code 1e-9} of the range): the target may need a
     *        value outside the bounds
     */
    public record FittedValue(String parameter, double value, double lower, double upper, String form,
                              boolean atBound) {
    }

    /**
     * A target at the fitted values.
     *
     * @param target the target
     * @param achieved the estimate at the fitted values
     * @param residual {@code achieved - target value}
     * @param standardError the Monte Carlo standard error of the estimate, hence of the residual: binomial for a
     *        probability, {@code s / sqrt(n)} for a mean, and for a quantile the distribution-free one read from
     *        the order statistics of ranks {@code n q -/+ 1.96 sqrt(n q (1 - q))}, divided by {@code 2 x 1.96}
     * @param standardisedResidual {@code residual / scale}, the term squared in the objective
     * @param runs runs that entered the estimate
     */
    public record TargetFit(CalibrationTarget target, double achieved, double residual, double standardError,
                            double standardisedResidual, long runs) {
    }
}
