package org.rsisim.models.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.Estimate;

class SobolSensitivityTest {

    private static Experiment ishigami(long seed) {
        return Experiment.builder(new IshigamiModel()).seed(seed)
                .parameter("x1", Distributions.uniform(-Math.PI, Math.PI))
                .parameter("x2", Distributions.uniform(-Math.PI, Math.PI))
                .parameter("x3", Distributions.uniform(-Math.PI, Math.PI)).build();
    }

    /**
     * Checks an index against its true value: within twice the half-width of its 95 % bootstrap interval (about 4
     * bootstrap standard errors, a false-failure rate near 6e-5 per index if the bootstrap error were exact; it
     * overstates the error of a scrambled Sobol design, so the real rate is lower), and the interval must be narrow.
     */
    private static void assertIndex(String what, double truth, Estimate e, double maxHalfWidth, long seed) {
        String msg = what + " = " + e.value() + " CI [" + e.lower() + ", " + e.upper() + "], truth " + truth
                + ", seed " + seed;
        assertTrue(Math.abs(e.value() - truth) <= 2 * e.halfWidth(), msg);
        assertTrue(e.halfWidth() <= maxHalfWidth, "interval too wide: " + msg);
        assertTrue(e.lower() <= e.value() + 1e-12 && e.value() <= e.upper() + 1e-12, msg);
    }

    @Test
    void ishigamiIndicesMatchTheClosedForm() {
        long seed = 20_240_601L;
        SensitivityReport r = SobolSensitivity.builder(ishigami(seed), ScalarOutput.metric("y"))
                .baseSamples(8192).bootstrapResamples(1000).threads(2).build()
                .analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] s1 = IshigamiModel.firstOrder();
        double[] st = IshigamiModel.totalEffect();
        assertEquals(8192, r.rowsUsed());
        assertEquals(8192L * 5, r.modelRuns());
        // Var(Y) from 16384 quasi-random outputs: within 3 % of the closed form 13.845
        assertEquals(IshigamiModel.variance(), r.outputVariance(), 0.03 * IshigamiModel.variance(), "seed " + seed);
        for (int i = 0; i < 3; i++) {
            SobolIndex s = r.indices().get(i);
            assertEquals("x" + (i + 1), s.parameter());
            assertIndex("S" + (i + 1), s1[i], s.firstOrder(), 0.04, seed);
            assertIndex("ST" + (i + 1), st[i], s.totalEffect(), 0.04, seed);
        }
        assertEquals(List.of("x1", "x2", "x3"), r.byTotalEffect().stream().map(SobolIndex::parameter).toList());
    }

    @Test
    void linearModelWithIndependentParametersHasAnalyticIndices() {
        // y = 1 x1 + 2 x2 - 0.5 x3, x1 ~ U(0, 6) (var 3), x2 ~ N(0, 1), x3 ~ U(-1, 1) (var 1/3)
        long seed = 99;
        Experiment e = Experiment.builder(new LinearModel(0, 1, 2, -0.5, 3)).seed(seed)
                .parameter("x1", Distributions.uniform(0, 6))
                .parameter("x2", Distributions.normal(0, 1))
                .parameter("x3", Distributions.uniform(-1, 1))
                .parameter("x4", 1.5).build();
        SensitivityReport r = SobolSensitivity.builder(e, ScalarOutput.metric("y")).baseSamples(4096)
                .bootstrapResamples(500).build().analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] parts = {3, 4, 0.25 / 3};
        double total = parts[0] + parts[1] + parts[2];
        assertEquals(3, r.indices().size(), "fixed x4 is not an uncertain parameter");
        assertEquals(total, r.outputVariance(), 0.03 * total, "seed " + seed);
        for (int i = 0; i < 3; i++) {
            SobolIndex s = r.indices().get(i);
            assertIndex("S" + (i + 1), parts[i] / total, s.firstOrder(), 0.04, seed);
            assertIndex("ST" + (i + 1), parts[i] / total, s.totalEffect(), 0.03, seed);
        }
    }

    @Test
    void noiseOfAStochasticModelIsAveragedOutOfFirstOrderIndices() {
        // y = x1 + Z with x1 ~ U(-3, 3) (var 3) and Z ~ N(0, 1): S1 = ST1 = 3 / 4. If the design shared the noise
        // between B and AB_1, the first-order estimate would be near 1.
        long seed = 5;
        Experiment e = Experiment.builder(new LinearModel(1, 1)).seed(seed)
                .parameter("x1", Distributions.uniform(-3, 3)).build();
        SensitivityReport r = SobolSensitivity.builder(e, ScalarOutput.metric("y")).baseSamples(4096)
                .bootstrapResamples(500).build().analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        SobolIndex s = r.index("x1");
        assertIndex("S1", 0.75, s.firstOrder(), 0.05, seed);
        assertIndex("ST1", 0.75, s.totalEffect(), 0.05, seed);
    }

    @Test
    void eventIndicatorOutput() {
        // 1{y <= 1} with y = x1 + x2 (event recorded only when y > 0, so y <= 0 is censored and counts 0): the
        // indicator is 1{0 < x1 + x2 <= 1}. With x1, x2 ~ U(0, 1) and independent it is symmetric in them, and
        // S1 = S2, ST1 = ST2, with S_i = Var(P(x_i + x_j <= 1 | x_i)) / Var = Var(1 - x_i) / (1/4) = 1/3.
        long seed = 8;
        Experiment e = Experiment.builder(new LinearModel(0, 1, 1)).seed(seed)
                .parameter("x1", Distributions.uniform(0, 1)).parameter("x2", Distributions.uniform(0, 1)).build();
        SensitivityReport r = SobolSensitivity.builder(e, ScalarOutput.eventBy("crossed", 1.0)).baseSamples(4096)
                .bootstrapResamples(500).build().analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        assertEquals(0.5, r.outputMean(), 0.02, "seed " + seed);
        assertIndex("S1", 1.0 / 3, r.index("x1").firstOrder(), 0.05, seed);
        assertIndex("S2", 1.0 / 3, r.index("x2").firstOrder(), 0.05, seed);
        // ST_i = E[Var(1{x_i + x_j <= 1} | x_j)] / (1/4) = E[(1 - x_j) x_j] / (1/4) = (1/6) / (1/4) = 2/3
        assertIndex("ST1", 2.0 / 3, r.index("x1").totalEffect(), 0.05, seed);
    }

    @Test
    void sameInputsSameBitsOnAnyThreadCount() {
        Experiment e = ishigami(3);
        SensitivityReport one = SobolSensitivity.builder(e, ScalarOutput.metric("y")).baseSamples(256)
                .bootstrapResamples(200).threads(1).build().analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        SensitivityReport two = SobolSensitivity.builder(e, ScalarOutput.metric("y")).baseSamples(256)
                .bootstrapResamples(200).threads(3).build().analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertEquals(one, two);
        SensitivityReport other = SobolSensitivity.builder(e.withSeed(4), ScalarOutput.metric("y"))
                .baseSamples(256).bootstrapResamples(200).build()
                .analyse(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertTrue(one.outputMean() != other.outputMean(), "another seed scrambles the design differently");
    }

    @Test
    void refusesBadSettings() {
        Experiment e = ishigami(1);
        ScalarOutput y = ScalarOutput.metric("y");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> SobolSensitivity.builder(e, y).baseSamples(1000).build());
        assertTrue(ex.getMessage().contains("1000"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SobolSensitivity.builder(e, y).bootstrapResamples(10)
                .build());
        assertThrows(IllegalArgumentException.class, () -> SobolSensitivity.builder(e, y).threads(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> SobolSensitivity.builder(e, ScalarOutput.metric("nope")).build());
        assertThrows(IllegalArgumentException.class,
                () -> SobolSensitivity.builder(e, ScalarOutput.eventBy("y", 1)).build());
        Experiment fixed = Experiment.builder(new IshigamiModel()).build();
        ex = assertThrows(IllegalArgumentException.class, () -> SobolSensitivity.builder(fixed, y).build());
        assertTrue(ex.getMessage().contains("no uncertain parameter"), ex.getMessage());
        Experiment correlated = e.toBuilder().correlation(new Correlation(List.of("x1", "x2"),
                new double[][] {{1, 0.5}, {0.5, 1}})).build();
        ex = assertThrows(IllegalArgumentException.class, () -> SobolSensitivity.builder(correlated, y).build());
        assertTrue(ex.getMessage().contains("independent"), ex.getMessage());
    }
}
