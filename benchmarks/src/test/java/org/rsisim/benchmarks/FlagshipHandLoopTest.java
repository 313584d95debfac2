package org.rsisim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The hand-written loop of the flagship benchmark does the engine's arithmetic on the engine's random numbers: its
 * counts equal the engine's exactly (no tolerance; both are deterministic functions of the seed).
 */
class FlagshipHandLoopTest {
    private static final double[] DATES = {2027.0, 2028.0, 2029.0, 2030.0, 2032.0, 2036.0};

    @Test
    void countsEqualTheEnginesExactly() {
        Experiment e = ScenarioCatalog.get("clark-2028").experiment().withRuns(3000);
        Result r = Engine.withThreads(2).run(e);
        FlagshipHandLoop loop = new FlagshipHandLoop(e, DATES);
        loop.run(3000);
        EventSummary automated = r.event("automated_ai_rd");
        for (int k = 0; k < DATES.length; k++) {
            assertEquals(automated.probabilityBy(DATES[k]).successes(), loop.automatedBy(k),
                    "runs automated by " + DATES[k] + ", seed " + e.seed());
        }
        assertEquals(automated.occurred(), loop.automated(), "runs automated at all, seed " + e.seed());
        long steps = 0;
        for (long c : r.series("capability").count()) {
            steps += c;
        }
        assertEquals(steps, loop.generations(), "generations simulated, seed " + e.seed());
        // the engine sums exactly and rounds once; the loop adds in double precision, so the means agree closely
        assertEquals(r.metric("fidelity_at_automation").mean().value(), loop.meanFidelityAtAutomation(), 1e-12,
                "mean fidelity at automation, seed " + e.seed());
    }

    @Test
    void refusesAnotherModel() {
        Experiment e = ScenarioCatalog.get("alignment-compounding").experiment();
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> new FlagshipHandLoop(e, 2028.0));
        assertEquals("model " + e.model().name() + " is not rsi-chain", x.getMessage());
    }
}
