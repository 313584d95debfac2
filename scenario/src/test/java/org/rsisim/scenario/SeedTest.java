package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.Experiment;

/** A scenario file takes every seed that {@link Experiment} takes, written in digits, and refuses the rest. */
class SeedTest {
    private static long seedOf(String seed) {
        String text = "model: alignment-fidelity\nruns: 10\nseed: " + seed + "\n";
        return ScenarioSource.text("s.yaml", text).compile().experiment(Overrides.NONE).seed();
    }

    @Test
    void theSeedsNearTwoToTheSixtyThreeAreReadExactly() {
        assertEquals(Long.MAX_VALUE, seedOf("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, seedOf("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE - 511, seedOf("9_223_372_036_854_775_296"));
        assertEquals(42, seedOf("42"));
        assertEquals(100_000, seedOf("1e5"));
    }

    @Test
    void aSeedOutsideSixtyFourBitsOrNotWholeIsRefusedAtItsLine() {
        for (String bad : new String[] {"9223372036854775808", "1.5", "1e30"}) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> seedOf(bad));
            assertEquals(3, e.location().line(), e.getMessage());
            assertTrue(e.getMessage().contains("seed"), e.getMessage());
        }
    }
}
