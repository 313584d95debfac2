package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distributions;

/**
 * Antithetic variates and quasi-random parameter draws on a model with a known mean.
 *
 * <p>The model: parameters {@code a, b ~ U(0, 1)}, and from its component stream ten uniforms {@code u_g}; metric
 * {@code y = exp(a) + b^2 + (1/10) sum u_g^2}, with {@code E[y] = (e - 1) + 1/3 + 1/3} and
 * {@code Var[y] = 0.24203 + 4/45 + 4/450 = 0.33981}. Each method's variance reduction factor is measured as the
 * ratio of the variances, across {@value #REPLICATIONS} replications with different seeds, of the mean of
 * {@value #RUNS} runs without and with the method. With 40 replications each sample variance has a relative standard
 * deviation of about 23 %, so a ratio is within a factor 2.5 of the true one with probability above 0.999; the
 * asserted bounds are that far below the measured values (printed), so the false-failure rate is below 1e-3.
 */
class VarianceReductionTest {
    private static final int RUNS = 1024;
    private static final int REPLICATIONS = 40;
    private static final double EXACT = Math.E - 1 + 2.0 / 3;

    /** The model of the class comment. */
    static final class SmoothModel implements Model {
        @Override
        public String name() {
            return "smooth";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("a", "1", 0, 1, 0.5, "first input"),
                    new Parameter("b", "1", 0, 1, 0.5, "second input"));
        }

        @Override
        public List<Observable> observables() {
            return List.of(Observable.metric("y", "1", "exp(a) + b^2 + mean of u^2"),
                    Observable.event("hit", "1", 0, "time exp(a) - 1, always recorded"));
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            UniformRandomProvider rng = streams.component(0);
            return (p, sink) -> {
                double s = 0;
                for (int g = 0; g < 10; g++) {
                    double u = rng.nextDouble();
                    s += u * u;
                }
                sink.metric(Ids.metric(0), Math.exp(p[0]) + p[1] * p[1] + s / 10);
                sink.event(Ids.event(1), Math.exp(p[0]) - 1);
            };
        }
    }

    private static Experiment.Builder base(long seed) {
        return Experiment.builder(new SmoothModel()).runs(RUNS).seed(seed)
                .parameter("a", Distributions.uniform(0, 1))
                .parameter("b", Distributions.uniform(0, 1))
                .eventTimes("hit", 0.5, 1.0);
    }

    /** Means and reported standard errors of the replications. */
    private record Replications(double[] means, double[] stderrs) {
        double variance() {
            double m = 0;
            for (double x : means) {
                m += x / means.length;
            }
            double v = 0;
            for (double x : means) {
                v += (x - m) * (x - m) / (means.length - 1);
            }
            return v;
        }

        double grandMean() {
            double m = 0;
            for (double x : means) {
                m += x / means.length;
            }
            return m;
        }

        double meanReportedVariance() {
            double v = 0;
            for (double s : stderrs) {
                v += s * s / stderrs.length;
            }
            return v;
        }
    }

    private static Replications replicate(boolean antithetic, boolean quasiRandom) {
        Engine engine = Engine.withThreads(2);
        double[] means = new double[REPLICATIONS];
        double[] se = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Result res = engine.run(base(1000 + r).antithetic(antithetic).quasiRandom(quasiRandom).build());
            means[r] = res.metric("y").mean().value();
            se[r] = res.metric("y").mean().stderr();
        }
        return new Replications(means, se);
    }

    @Test
    void eachMethodReducesVarianceAndStaysUnbiased() {
        Replications plain = replicate(false, false);
        Replications anti = replicate(true, false);
        Replications qmc = replicate(false, true);
        double antiFactor = plain.variance() / anti.variance();
        double qmcFactor = plain.variance() / qmc.variance();
        String report = String.format(Locale.ROOT, "seeds 1000..%d, %d runs: variance of the mean plain %.3g, "
                + "antithetic %.3g (factor %.1f), quasi-random %.3g (factor %.1f)", 1000 + REPLICATIONS - 1, RUNS,
                plain.variance(), anti.variance(), antiFactor, qmc.variance(), qmcFactor);
        System.out.println(report);
        // The plain estimator's variance is Var[y] / N = 0.33981 / 1024; a check that the measurement is sound.
        double expected = 0.33981 / RUNS;
        assertTrue(plain.variance() > expected / 2.5 && plain.variance() < expected * 2.5, report);
        assertTrue(antiFactor > 4, "antithetic factor too small; " + report);
        assertTrue(qmcFactor > 8, "quasi-random factor too small; " + report);
        for (Replications r : List.of(plain, anti, qmc)) {
            double se = Math.sqrt(r.variance() / REPLICATIONS);
            // 4.4 standard errors: two-sided false-failure rate 1e-5 per method
            assertEquals(EXACT, r.grandMean(), 4.4 * se, "grand mean off the closed form; " + report);
        }
        // Antithetic standard errors come from pair averages: their mean square matches the variance of the
        // estimator across seeds (ratio within a factor 2.5, as above).
        double ratio = anti.meanReportedVariance() / anti.variance();
        assertTrue(ratio > 0.4 && ratio < 2.5, "antithetic SE^2 / Var(mean) = " + ratio + "; " + report);
    }

    @Test
    void antitheticRunsMirrorEveryUniform() {
        RunStreams streams = RunStreams.create(77, true);
        UniformRandomProvider rng = streams.component(0);
        for (long pair = 0; pair < 50; pair += 7) {
            streams.moveTo(2 * pair);
            double[] u = new double[20];
            for (int k = 0; k < u.length; k++) {
                u[k] = org.rsisim.core.distribution.Distribution.openUniform(rng);
            }
            streams.moveTo(2 * pair + 1);
            for (int k = 0; k < u.length; k++) {
                // u' = 1 - u exactly in real arithmetic; the double sum may round by half an ulp of 1
                assertEquals(1.0, u[k] + org.rsisim.core.distribution.Distribution.openUniform(rng), 0x1.0p-53,
                        "seed 77, run " + (2 * pair + 1) + " draw " + k);
            }
        }
        // An even run draws exactly what the same run draws without antithetic pairs.
        RunStreams plain = RunStreams.create(77);
        UniformRandomProvider p = plain.component(0);
        streams.moveTo(10);
        plain.moveTo(10);
        assertEquals(p.nextLong(), rng.nextLong());
    }

    @Test
    void sameBitsForAnyThreadsAndBlockSize() {
        for (boolean anti : new boolean[] {false, true}) {
            Experiment.Builder b = base(5).runs(4096 + 63).antithetic(anti).quasiRandom(!anti);
            Result one = Engine.withThreads(1).run(b.blockSize(64).build());
            Result three = Engine.withThreads(3).run(b.blockSize(256).build());
            Result two = Engine.withThreads(2).run(b.blockSize(1024).build());
            assertEquals(one.metrics(), three.metrics(), "antithetic " + anti);
            assertEquals(one.events(), three.events(), "antithetic " + anti);
            assertEquals(one.metrics(), two.metrics(), "antithetic " + anti);
            assertEquals(one.events(), two.events(), "antithetic " + anti);
        }
    }

    @Test
    void quasiRandomKeepsRankCorrelation() {
        Correlation c = new Correlation(List.of("a", "b"), new double[][] {{1, 0.6}, {0.6, 1}});
        Experiment e = base(9).correlation(c).quasiRandom(true).build();
        RunStreams streams = RunStreams.create(9);
        var sampler = e.jointDistribution().newSampler(streams);
        int n = 4096;
        double[] p = new double[2];
        double sab = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < n; i++) {
            streams.moveTo(i);
            sampler.sample(p);
            // a, b are U(0, 1): their values are their ranks
            sab += (p[0] - 0.5) * (p[1] - 0.5);
            sa += p[0];
            sb += p[1];
        }
        double spearman = 12 * sab / n;
        // Spearman's rho of a Gaussian copula with r = 0.6: (6 / pi) asin(0.3) = 0.5827
        assertEquals(6 / Math.PI * Math.asin(0.3), spearman, 0.02, "seed 9");
        assertEquals(0.5, sa / n, 0.002, "seed 9: quasi-random marginal mean");
        assertEquals(0.5, sb / n, 0.002, "seed 9: quasi-random marginal mean");
    }

    @Test
    void combiningBothIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base(1).antithetic(true).quasiRandom(true).build());
        assertTrue(e.getMessage().contains("antithetic"), e.getMessage());
    }
}
