package org.rsisim.models.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;

/**
 * Recovers known parameter values of {@link GrowthModel} from targets computed in closed form at those values.
 * Each tolerance is 4 standard errors of the fitted value (delta method from the targets' Monte Carlo errors), so a
 * test fails by chance with probability about 6e-5 per parameter over seeds.
 */
class CalibrationTest {
    private static final int RUNS = 4000;

    private static Experiment growth(long seed) {
        return Experiment.builder(new GrowthModel()).runs(RUNS).seed(seed).parameter("theta", 0.5).build();
    }

    @Test
    void rootFinderRecoversOneRate() {
        // P(T <= 2028) = 1 - exp(-0.5 rate 3); at rate 0.8 it is 1 - e^-1.2
        long seed = 17;
        double truth = 0.8;
        double p = 1 - Math.exp(-1.5 * truth);
        CalibrationReport r = Calibration.builder(growth(seed)).free(FreeParameter.value("rate", 0.05, 3))
                .target(CalibrationTarget.eventProbability("takeoff", 2028.0, p)).threads(2).build().fit();
        assertTrue(r.converged(), r.status());
        assertTrue(r.targetsMet(), r.toString());
        CalibrationReport.TargetFit t = r.targets().get(0);
        // at the root of a step function the residual is at most one step, 1/N
        assertTrue(Math.abs(t.residual()) <= 1.0 / RUNS + 1e-12, "residual " + t.residual() + ", seed " + seed);
        double slope = 1.5 * Math.exp(-1.5 * truth);
        double se = Math.sqrt(p * (1 - p) / RUNS) / slope;
        assertEquals(truth, r.value("rate"), 4 * se, "seed " + seed);
        assertEquals(Math.sqrt(p * (1 - p) / RUNS), t.standardError(), 0.001);
        assertTrue(r.evaluations() < 60, "evaluations " + r.evaluations());
        assertEquals(RUNS, r.runsPerEvaluation());
        assertEquals(r.value("rate"), r.calibrated().jointDistribution().marginals().get(1).inverseCdf(0.5));
    }

    @Test
    void rootFinderOnAScaledDistribution() {
        // rate = v U with U ~ U(0.5, 1.5): P(T <= 2028) = 1 - (e^(-a/2) - e^(-3a/2)) / a with a = 1.5 v
        long seed = 23;
        double truth = 1.3;
        double a = 1.5 * truth;
        double p = 1 - (Math.exp(-a / 2) - Math.exp(-1.5 * a)) / a;
        CalibrationReport r = Calibration.builder(growth(seed))
                .free(FreeParameter.scale("rate", 0.2, 5, Distributions.uniform(0.5, 1.5)))
                .target(CalibrationTarget.eventProbability("takeoff", 2028.0, p)).build().fit();
        assertTrue(r.converged(), r.status());
        double h = 1e-6;
        double ah = 1.5 * (truth + h);
        double slope = ((1 - (Math.exp(-ah / 2) - Math.exp(-1.5 * ah)) / ah) - p) / h;
        double se = Math.sqrt(p * (1 - p) / RUNS) / slope;
        assertEquals(truth, r.value("rate"), 4 * se, "seed " + seed);
        assertTrue(r.fitted().get(0).form().startsWith("scale of uniform"), r.fitted().get(0).form());
    }

    @Test
    void bobyqaRecoversRateAndDelayFromTwoProbabilities() {
        // P(T <= 2028) = 0.30 and P(T <= 2029) = 0.60 with T = 2025 + delay + E / (0.5 rate):
        // lambda (3 - d) = -ln 0.7 and lambda (4 - d) = -ln 0.4, lambda = 0.5 rate
        long seed = 31;
        double l1 = -Math.log(0.7);
        double l2 = -Math.log(0.4);
        double lambda = l2 - l1;
        double delay = 3 - l1 / lambda;
        double rate = 2 * lambda;
        CalibrationReport r = Calibration.builder(growth(seed)).free(FreeParameter.value("rate", 0.2, 4))
                .free(FreeParameter.value("delay", 0, 2.8))
                .target(CalibrationTarget.eventProbability("takeoff", 2028.0, 0.30))
                .target(CalibrationTarget.eventProbability("takeoff", 2029.0, 0.60)).tolerance(1e-4).build().fit();
        assertTrue(r.converged(), r.status());
        assertTrue(r.targetsMet(), r.toString());
        // delta method: J = d(p1, p2)/d(rate, delay); Cov(p1, p2) = (p1 - p1 p2) / N as {T <= 2028} is in
        // {T <= 2029}; Cov(rate, delay) = J^-1 Cov(p) J^-T
        double[] s = {3 - delay, 4 - delay};
        double[] surv = {0.7, 0.4};
        double[][] j = new double[2][2];
        for (int i = 0; i < 2; i++) {
            j[i][0] = 0.5 * s[i] * surv[i];
            j[i][1] = -lambda * surv[i];
        }
        double[][] cov = {{0.3 * 0.7 / RUNS, (0.3 - 0.3 * 0.6) / RUNS}, {(0.3 - 0.3 * 0.6) / RUNS, 0.6 * 0.4 / RUNS}};
        double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
        double[][] inv = {{j[1][1] / det, -j[0][1] / det}, {-j[1][0] / det, j[0][0] / det}};
        double[] var = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                for (int m = 0; m < 2; m++) {
                    var[i] += inv[i][k] * cov[k][m] * inv[i][m];
                }
            }
        }
        assertEquals(rate, r.value("rate"), 4 * Math.sqrt(var[0]), "seed " + seed + ", " + r);
        assertEquals(delay, r.value("delay"), 4 * Math.sqrt(var[1]), "seed " + seed + ", " + r);
    }

    @Test
    void brentRecoversThetaFromAMeanAndAQuantile() {
        // growth = exp(theta Z): mean e^(theta^2 / 2), 0.9 quantile e^(1.2816 theta)
        long seed = 41;
        double theta = 0.7;
        double z90 = 1.2815515655446004;
        CalibrationReport r = Calibration.builder(growth(seed)).free(FreeParameter.value("theta", 0.1, 2))
                .target(CalibrationTarget.metricMean("growth", Math.exp(theta * theta / 2)))
                .target(CalibrationTarget.metricQuantile("growth", 0.9, Math.exp(z90 * theta))).build().fit();
        assertTrue(r.converged(), r.status());
        // the less precise target alone pins theta to SE = sd(mean) / (d mean / d theta), about 0.018 here; the
        // weighted fit is no less precise than it
        double sdMean = Math.sqrt(Math.exp(2 * theta * theta) - Math.exp(theta * theta)) / Math.sqrt(RUNS);
        double se = sdMean / (theta * Math.exp(theta * theta / 2));
        assertEquals(theta, r.value("theta"), 4 * se, "seed " + seed + ", " + r);
        CalibrationReport.TargetFit q = r.targets().get(1);
        assertTrue(q.standardError() > 0 && q.standardError() < 0.1, q.toString());
    }

    @Test
    void reportsAMissingBracketAndTheSameBitsOnAnyThreadCount() {
        Experiment e = growth(5);
        CalibrationReport none = Calibration.builder(e).free(FreeParameter.value("rate", 0.05, 0.1))
                .target(CalibrationTarget.eventProbability("takeoff", 2028.0, 0.9)).build().fit();
        assertFalse(none.converged());
        assertFalse(none.targetsMet());
        assertTrue(none.status().contains("no root"), none.status());
        assertEquals(0.1, none.value("rate"));
        assertTrue(none.fitted().get(0).atBound());

        Calibration c = Calibration.builder(e).free(FreeParameter.value("rate", 0.2, 4))
                .free(FreeParameter.value("delay", 0, 2.8))
                .target(CalibrationTarget.eventProbability("takeoff", 2028.0, 0.30))
                .target(CalibrationTarget.eventProbability("takeoff", 2029.0, 0.60)).maxEvaluations(12).build();
        CalibrationReport one = c.fit();
        assertFalse(one.converged());
        assertTrue(one.status().contains("budget"), one.status());
        CalibrationReport three = Calibration.builder(e).free(FreeParameter.value("rate", 0.2, 4))
                .free(FreeParameter.value("delay", 0, 2.8))
                .target(CalibrationTarget.eventProbability("takeoff", 2028.0, 0.30))
                .target(CalibrationTarget.eventProbability("takeoff", 2029.0, 0.60)).maxEvaluations(12).threads(3)
                .build().fit();
        assertEquals(one.fitted(), three.fitted());
        assertEquals(one.targets(), three.targets());
    }

    @Test
    void refusesBadSettings() {
        Experiment e = growth(1);
        CalibrationTarget p = CalibrationTarget.eventProbability("takeoff", 2028.0, 0.5);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Calibration.builder(e).free(FreeParameter.value("nope", 0, 1)).target(p).build());
        assertTrue(ex.getMessage().contains("nope"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class,
                () -> Calibration.builder(e).free(FreeParameter.value("rate", 0.05, 200)).target(p).build());
        assertTrue(ex.getMessage().contains("rate") && ex.getMessage().contains("200"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Calibration.builder(e).free(FreeParameter.value("rate",
                0.1, 1)).free(FreeParameter.value("delay", 0, 1)).target(p).build());
        assertThrows(IllegalArgumentException.class, () -> Calibration.builder(e).free(FreeParameter.value("rate",
                0.1, 1)).target(CalibrationTarget.metricMean("takeoff", 1)).build());
        assertThrows(IllegalArgumentException.class, () -> Calibration.builder(e).target(p).build());
        assertThrows(IllegalArgumentException.class, () -> FreeParameter.value("rate", 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FreeParameter.value("rate", 1, 2).startingAt(3));
        assertThrows(IllegalArgumentException.class, () -> FreeParameter.scale("rate", 0, 2,
                Distributions.uniform(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> CalibrationTarget.eventProbability("t", 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> CalibrationTarget.metricQuantile("m", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CalibrationTarget.metricMean("m", 1).withScale(-1));
        assertThrows(IllegalArgumentException.class, () -> Calibration.builder(e).free(FreeParameter.value("rate",
                0.1, 1)).target(p).tolerance(Double.NaN).build());
    }
}
