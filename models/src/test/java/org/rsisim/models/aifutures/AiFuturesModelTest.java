package org.rsisim.models.aifutures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.Model;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.explosion.TrajectorySink;

/** The {@code ai-futures} binding: names, events as the dynamics date them, censoring, series and bad input. */
class AiFuturesModelTest {
    @Test
    void registeredUnderItsNameWithTheirParameterNames() {
        Model m = ModelCatalog.get("ai-futures").create();
        assertEquals("ai-futures", m.name());
        assertEquals(AiFuturesParameters.COUNT, m.parameters().size());
        assertEquals(AiFuturesParameters.PRESENT_DOUBLING_TIME.index(), m.parameterIndex("present_doubling_time"));
        assertEquals(AiFuturesParameters.DOUBLING_DIFFICULTY_GROWTH_FACTOR.index(),
                m.parameterIndex("doubling_difficulty_growth_factor"));
        assertEquals(AiFuturesParameters.AI_RESEARCH_TASTE_SLOPE.index(), m.parameterIndex("ai_research_taste_slope"));
        for (int k = 0; k < AiFuturesTrajectory.MILESTONES.size(); k++) {
            assertEquals(k, m.observableIndex(AiFuturesTrajectory.MILESTONES.get(k)));
        }
    }

    @Test
    void eventsAreTheDynamicsMilestonesAndUnreachedOnesAreCensored() {
        AiFuturesModel m = new AiFuturesModel();
        double[] p = AiFuturesParameters.defaults();
        // slow: a long constant doubling time, so that some milestones fall after 2050
        p[AiFuturesParameters.PRESENT_DOUBLING_TIME.index()] = 0.6;
        p[AiFuturesParameters.DOUBLING_DIFFICULTY_GROWTH_FACTOR.index()] = 1.0;
        p[AiFuturesParameters.AA_TIME_HORIZON_MINUTES.index()] = 1e8;
        TrajectorySink run = TrajectorySink.run(m, p, 1, 0);
        AiFuturesTrajectory t = new AiFuturesDynamics().run(p);
        assertFalse(run.diverged());
        int reached = 0;
        for (int k = 0; k < AiFuturesTrajectory.MILESTONES.size(); k++) {
            String name = AiFuturesTrajectory.MILESTONES.get(k);
            if (Double.isNaN(t.milestone(k))) {
                assertFalse(run.has(name), name + " recorded though not reached");
            } else {
                reached++;
                assertEquals(t.milestone(k), run.get(name), 0.0, name);
                assertTrue(t.milestone(k) >= 2012 && t.milestone(k) <= 2050, name);
            }
        }
        assertTrue(reached < AiFuturesTrajectory.MILESTONES.size(), "nothing censored in the slow case");
        assertEquals(t.rSoftware(), run.get("r_software"), 0.0);
        double[] horizon = run.series("horizon_minutes");
        double[] speedUp = run.series("ai_rd_speed_up");
        assertEquals(AiFuturesModel.SERIES_END - AiFuturesModel.SERIES_START + 1, horizon.length);
        for (int k = 1; k < horizon.length; k++) {
            assertTrue(horizon[k] > horizon[k - 1], "horizon grows: " + horizon[k - 1] + " then " + horizon[k]);
            assertTrue(speedUp[k] >= speedUp[k - 1] * (1 - 1e-9), "speed-up does not fall");
        }
        // 2026: the horizon has doubled about 0.4 / 0.6 times since 26 minutes in 2025.6
        assertEquals(26 * Math.pow(2, 0.4 / 0.6), horizon[1], 26 * 0.15);
    }

    @Test
    void defaultsReachAutomatedCodingAndTheOrderOfMilestonesHolds() {
        AiFuturesTrajectory t = new AiFuturesDynamics().run(AiFuturesParameters.defaults());
        assertFalse(t.failed());
        double acd = t.milestone(AiFuturesTrajectory.ACD_AI);
        assertTrue(acd > 2026 && acd < 2040, "acd_ai " + acd);
        for (int k = AiFuturesTrajectory.AIR_5X; k < AiFuturesTrajectory.AIR_5X + 4; k++) {
            assertTrue(t.milestone(k) <= t.milestone(k + 1), AiFuturesTrajectory.MILESTONES.get(k));
        }
        assertTrue(t.milestone(AiFuturesTrajectory.SAR) <= t.milestone(AiFuturesTrajectory.SIAR));
        // calibration: software progress in 2023 equals software_progress_rate_at_reference_year by construction
        assertTrue(t.rSoftware() > 0.5 && t.rSoftware() < 10, "r_software " + t.rSoftware());
    }

    @Test
    void badParametersAreRefusedWithNameValueAndRange() {
        double[] p = AiFuturesParameters.defaults();
        p[AiFuturesParameters.PARALLEL_PENALTY.index()] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AiFuturesParameters.check(p));
        assertTrue(e.getMessage().contains("parallel_penalty") && e.getMessage().contains("NaN")
                && e.getMessage().contains("[0.0, 1.0]"), e.getMessage());
        double[] q = AiFuturesParameters.defaults();
        q[AiFuturesParameters.TOP_PERCENTILE.index()] = 1;
        assertThrows(IllegalArgumentException.class, () -> AiFuturesParameters.check(q));
    }
}
