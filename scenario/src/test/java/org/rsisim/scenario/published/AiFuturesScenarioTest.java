package org.rsisim.scenario.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.models.aifutures.AiFuturesParameters;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The bundled scenario {@code ai-futures-2025} samples as their sampler does: clipping piles probability on the
 * bounds of {@code PARAMETER_BOUNDS}, shifted lognormals start at their shift, the choices have their weights; and
 * it runs through the engine. Each frequency is compared with its closed form within 4 standard errors (a false
 * failure about once in 16,000 runs of each check); seed 7.
 */
class AiFuturesScenarioTest {
    private static final double Z80 = 1.2815515655446004;
    private static final int N = 20_000;

    private static double above(double q10, double q90, double x) {
        double mu = 0.5 * (Math.log(q10) + Math.log(q90));
        double sigma = (Math.log(q90) - Math.log(q10)) / (2 * Z80);
        return 1 - new NormalDistribution(0, 1).cumulativeProbability((Math.log(x) - mu) / sigma);
    }

    private static void near(double expected, long count, String what) {
        double p = (double) count / N;
        double se = Math.sqrt(expected * (1 - expected) / N);
        assertEquals(expected, p, 4 * se + 1e-12, what + ": " + count + " of " + N);
    }

    @Test
    void samplesClipShiftAndChooseAsTheirSampler() {
        Experiment e = ScenarioCatalog.get("ai-futures-2025").experiment();
        RunStreams streams = RunStreams.create(7);
        JointDistribution.Sampler sampler = e.jointDistribution().newSampler(streams);
        double[] p = new double[AiFuturesParameters.COUNT];
        long computeAtCap = 0;
        long horizonAtFloor = 0;
        long gap = 0;
        long rhoMinus2 = 0;
        double minSwe = Double.POSITIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            streams.moveTo(i);
            sampler.sample(p);
            computeAtCap += AiFuturesParameters.INF_COMPUTE_ASYMPTOTE.get(p) == 1e5 ? 1 : 0;
            horizonAtFloor += AiFuturesParameters.AA_TIME_HORIZON_MINUTES.get(p) == 1000 ? 1 : 0;
            gap += AiFuturesParameters.INCLUDE_GAP.get(p) == 1 ? 1 : 0;
            rhoMinus2 += AiFuturesParameters.RHO_CODING_LABOR.get(p) == -2 ? 1 : 0;
            minSwe = Math.min(minSwe, AiFuturesParameters.SWE_MULTIPLIER_AT_PRESENT_DAY.get(p));
            assertTrue(AiFuturesParameters.PRESENT_DOUBLING_TIME.get(p) <= 2);
        }
        near(above(25, 1e6, 1e5 - 1), computeAtCap, "inf_compute_asymptote clipped at 1e5");
        near(1 - above(12456, 3.11e9, 1000), horizonAtFloor, "aa_time_horizon_minutes clipped at 1000");
        near(0.5, gap, "include_gap");
        near(0.5, rhoMinus2, "rho_coding_labor = -2");
        assertTrue(minSwe > 1, "shifted lognormal above its shift: " + minSwe);
    }

    @Test
    void runsThroughTheEngine() {
        Experiment e = ScenarioCatalog.get("ai-futures-2025").experiment().withRuns(200);
        Result r = Engine.withThreads(2).run(e);
        double p2050 = r.event("acd_ai").probabilityBy(2050.0).p();
        assertTrue(p2050 > 0.3 && p2050 < 1, "P(acd_ai by 2050) " + p2050);
        assertTrue(r.event("acd_ai").probabilityBy(2027.0).p() <= r.event("acd_ai").probabilityBy(2030.0).p());
    }
}
