package org.rsisim.models.rsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.NamedScenario;
import org.rsisim.models.ScenarioCatalog;

class ScenarioTest {

    /**
     * The full clark-2028 scenario, 10^6 runs with its own seed, through the engine on every core. Both estimates
     * and their 95 % Wilson intervals must lie inside the calibration bands. At the calibrated values the estimates
     * sit within 0.002 of the targets with a standard error of 0.0005, so a false failure needs a 30-sigma
     * deviation.
     */
    @Test
    void clark2028HitsTheEssaysProbabilitiesAtAMillionRuns() {
        NamedScenario s = ScenarioCatalog.get("clark-2028");
        assertEquals(1_000_000, s.experiment().runs());
        Result r = Engine.create().run(s.experiment());
        assertEquals(1_000_000, r.completed());
        Proportion by2028 = r.event("automated_ai_rd").probabilityBy(2028.0);
        Proportion by2029 = r.event("automated_ai_rd").probabilityBy(2029.0);
        String seed = "seed " + s.experiment().seed() + ": " + by2028 + " " + by2029;
        assertTrue(by2028.lower() >= 0.28 && by2028.upper() <= 0.32, seed);
        assertTrue(by2029.lower() >= 0.58 && by2029.upper() <= 0.62, seed);
    }

    @Test
    void takeoffAlignmentShowsRiskBeforeAndAfterAutomation() {
        NamedScenario s = ScenarioCatalog.get("takeoff-alignment");
        Result r = Engine.withThreads(2).run(s.experiment().withRuns(50_000));
        assertEquals(50_000, r.completed());
        double before = r.metric("misaligned_before_automation").mean().value();
        double after = r.metric("misaligned_after_automation").mean().value();
        assertEquals(50_000, r.metric("misaligned_before_automation").count());
        // fidelity only falls, so most misalignment comes after automation, when generations are many and fast
        assertTrue(before > 0 && after > before && before + after <= 1, before + " " + after);
        double f = r.metric("fidelity_at_automation").mean().value();
        assertTrue(f > 0.9 && f < 1, "fidelity at automation " + f);
    }

    @Test
    void everyScenarioOfTheseModelsIsInTheCatalog() {
        for (String name : new String[] {"clark-2028", "alignment-compounding", "oversight-race",
            "takeoff-alignment"}) {
            NamedScenario s = ScenarioCatalog.get(name);
            assertEquals(name, s.name());
            assertEquals(name, s.experiment().name());
            assertTrue(s.description().length() > 50, name);
        }
    }
}
