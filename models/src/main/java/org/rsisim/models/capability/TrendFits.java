package org.rsisim.models.capability;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.ParametricUnivariateFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.fitting.SimpleCurveFitter;
import org.hipparchus.fitting.WeightedObservedPoint;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Least-squares fits of capability trends with Hipparchus: the doubling time of a time horizon and the logistic
 * saturation of a benchmark. Hipparchus exceptions are translated into {@link IllegalStateException}. Stateless and
 * thread-safe.
 */
public final class TrendFits {
    private static final double SINGULARITY = 1e-14;

    private TrendFits() {
    }

    /**
     * The fitted doubling time of a horizon trend.
     *
     * @param doublingTimeYears the fitted doubling time {@code T_d}, in years
     * @param standardError its standard error, in years, from the covariance {@code (J^T W J)^-1} of the weighted
     *        fit with the dates' standard deviations as known errors (not rescaled by the residuals)
     * @param dateOfOneHour the fitted date at which the horizon is one hour, in decimal years
     * @param chiSquare the weighted sum of squared residuals; 0 for two points, which the line fits exactly
     * @param degreesOfFreedom points minus two
     */
    public record DoublingTimeFit(double doublingTimeYears, double standardError, double dateOfOneHour,
                                  double chiSquare, int degreesOfFreedom) {
        /** @return the doubling time in months */
        public double doublingTimeMonths() {
            return doublingTimeYears * 12;
        }
    }

    /**
     * A logistic saturation curve {@code y(t) = 1 / (1 + exp(-k (t - m)))} of a benchmark score as a fraction.
     *
     * @param rate {@code k}, per year
     * @param midpoint {@code m}, the date of a 50 % score, in decimal years
     */
    public record LogisticFit(double rate, double midpoint) {
        /**
         * Returns the fitted score at a date.
         *
         * @param date the date, in decimal years
         * @return the score as a fraction in {@code (0, 1)}
         */
        public double score(double date) {
            return 1 / (1 + Math.exp(-rate * (date - midpoint)));
        }

        /**
         * Returns the date at which the fitted score reaches a level.
         *
         * @param level a fraction in {@code (0, 1)}
         * @return {@code m + logit(level) / k}
         * @throws IllegalArgumentException if the level is outside {@code (0, 1)}
         */
        public double dateReaching(double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level = " + level + " is outside the allowed range (0, 1)");
            }
            return midpoint + Math.log(level / (1 - level)) / rate;
        }
    }

    /**
     * Fits the doubling time of exponential horizon growth, {@code log2(h_i / 1 h) = (t_i - t_1h) / T_d}, by
     * weighted least squares with the Levenberg-Marquardt optimiser. The errors are taken to be in the dates
     * (each point's {@code dateSd}), so the fit is the regression of the date on the number of doublings,
     * {@code t_i = t_1h + T_d log2(h_i)}, with weights {@code 1 / dateSd_i^2}. With two points the line passes
     * through both: {@code T_d = (t_2 - t_1) / log2(h_2 / h_1)} and its standard error
     * {@code sqrt(sd_1^2 + sd_2^2) / log2(h_2 / h_1)} reflects only how uncertain the dates are; it says nothing
     * about whether the growth is exponential. With more points, compare {@code chiSquare} with
     * {@code degreesOfFreedom} to judge the fit.
     *
     * @param points horizon points in seconds, at least two with different horizons
     * @return the fit
     * @throws IllegalArgumentException if there are fewer than two points, a horizon is not positive or a unit is
     *         not seconds, or all horizons are equal
     * @throws IllegalStateException if the optimiser fails
     */
    public static DoublingTimeFit doublingTime(List<IndicatorPoint> points) {
        int n = points.size();
        if (n < 2) {
            throw new IllegalArgumentException("points: " + n + " given, at least 2 needed");
        }
        double[] doublings = new double[n];
        double[] dates = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            IndicatorPoint p = points.get(i);
            double hours = p.hours();
            if (!(hours > 0)) {
                throw new IllegalArgumentException(p.indicator() + ": horizon " + p.value()
                        + " s is outside the allowed range (0, Infinity)");
            }
            doublings[i] = Math.log(hours) / Math.log(2);
            dates[i] = p.date();
            weights[i] = 1 / (p.dateSd() * p.dateSd());
        }
        double lo = doublings[0];
        double hi = doublings[0];
        for (double d : doublings) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        if (!(hi > lo)) {
            throw new IllegalArgumentException("points: every horizon is " + points.get(0).value()
                    + " s; at least two must differ");
        }
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(new double[] {dates[0], 0.5})
                .model(point -> {
                    double c = point.getEntry(0);
                    double td = point.getEntry(1);
                    double[] value = new double[n];
                    double[][] jacobian = new double[n][2];
                    for (int i = 0; i < n; i++) {
                        value[i] = c + td * doublings[i];
                        jacobian[i][0] = 1;
                        jacobian[i][1] = doublings[i];
                    }
                    return new Pair<>(new ArrayRealVector(value, false),
                            new Array2DRowRealMatrix(jacobian, false));
                })
                .target(dates)
                .weight(new DiagonalMatrix(weights))
                .maxEvaluations(1000)
                .maxIterations(1000)
                .build();
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
            RealMatrix cov = optimum.getCovariances(SINGULARITY);
            return new DoublingTimeFit(optimum.getPoint().getEntry(1), Math.sqrt(cov.getEntry(1, 1)),
                    optimum.getPoint().getEntry(0), optimum.getChiSquare(), n - 2);
        } catch (MathRuntimeException e) {
            throw new IllegalStateException("doubling-time fit of " + n + " points failed: " + e.getMessage(), e);
        }
    }

    /**
     * Fits a logistic saturation curve {@code y(t) = 1 / (1 + exp(-k (t - m)))} to benchmark scores in percent, by
     * unweighted least squares on the scores as fractions with Hipparchus' {@link SimpleCurveFitter}. The ceiling
     * is 100 %. Two points determine the curve exactly.
     *
     * @param points benchmark points in percent, at least two, each strictly between 0 and 100, with different
     *        dates
     * @return the fit
     * @throws IllegalArgumentException if there are fewer than two points, a unit is not percent, a score is
     *         outside (0, 100), or all dates are equal
     * @throws IllegalStateException if the fitter fails
     */
    public static LogisticFit logistic(List<IndicatorPoint> points) {
        int n = points.size();
        if (n < 2) {
            throw new IllegalArgumentException("points: " + n + " given, at least 2 needed");
        }
        List<WeightedObservedPoint> obs = new ArrayList<>(n);
        double sumT = 0;
        double sumL = 0;
        double sumTT = 0;
        double sumTL = 0;
        for (IndicatorPoint p : points) {
            if (!p.unit().equals("percent")) {
                throw new IllegalArgumentException(p.indicator() + " is in " + p.unit() + ", not percent");
            }
            if (!(p.value() > 0 && p.value() < 100)) {
                throw new IllegalArgumentException(p.indicator() + ": score " + p.value()
                        + " % is outside the allowed range (0, 100)");
            }
            double y = p.value() / 100;
            double logit = Math.log(y / (1 - y));
            obs.add(new WeightedObservedPoint(1, p.date(), y));
            sumT += p.date();
            sumL += logit;
            sumTT += p.date() * p.date();
            sumTL += p.date() * logit;
        }
        double varT = sumTT - sumT * sumT / n;
        if (!(varT > 0)) {
            throw new IllegalArgumentException("points: every date is " + points.get(0).date()
                    + "; at least two must differ");
        }
        // Start from the straight line through the logits, which the least-squares fit then refines.
        double k0 = (sumTL - sumT * sumL / n) / varT;
        double m0 = sumT / n - (sumL / n) / k0;
        try {
            double[] fit = SimpleCurveFitter.create(new Logistic(), new double[] {k0, m0})
                    .withMaxIterations(1000).fit(obs);
            return new LogisticFit(fit[0], fit[1]);
        } catch (MathRuntimeException e) {
            throw new IllegalStateException("logistic fit of " + n + " points failed: " + e.getMessage(), e);
        }
    }

    /** {@code 1 / (1 + exp(-k (t - m)))} with parameters {@code (k, m)}. */
    private static final class Logistic implements ParametricUnivariateFunction {
        @Override
        public double value(double t, double... p) {
            return 1 / (1 + Math.exp(-p[0] * (t - p[1])));
        }

        @Override
        public double[] gradient(double t, double... p) {
            double y = value(t, p);
            double dy = y * (1 - y);
            return new double[] {dy * (t - p[1]), -dy * p[0]};
        }
    }
}
