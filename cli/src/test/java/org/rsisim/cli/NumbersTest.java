package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.scenario.report.Numbers;
import org.rsisim.scenario.Suggestions;

/** Rounding to the Monte Carlo error, and "did you mean" suggestions. */
class NumbersTest {
    @Test
    void roundsToTwoSignificantDigitsOfTheStandardError() {
        assertEquals(3, Numbers.decimalsFor(0.0123));
        assertEquals("0.312", Numbers.rounded(0.31249, Numbers.decimalsFor(0.0123)));
        assertEquals(1, Numbers.decimalsFor(3.6));
        assertEquals("111.0", Numbers.rounded(111.0287, Numbers.decimalsFor(3.6)));
        assertEquals(-1, Numbers.decimalsFor(340));
        assertEquals("12350", Numbers.rounded(12345.6, Numbers.decimalsFor(340)));
        assertEquals("0.3125", Numbers.rounded(0.3125, Numbers.decimalsFor(Double.NaN)));
        assertEquals("1.2345679e+09", Numbers.rounded(1234567891.0, Numbers.decimalsFor(1234)));
        assertEquals("NaN", Numbers.rounded(Double.NaN, 2));
    }

    @Test
    void percentagesNeverRoundAwayAnEvent() {
        assertEquals("0.0 %", Numbers.percent(0));
        assertEquals("<0.1 %", Numbers.percent(3e-6));
        assertEquals("12.5 %", Numbers.percent(0.125));
        assertEquals(">99.9 %", Numbers.percent(0.999997));
        assertEquals("100.0 %", Numbers.percent(1));
    }

    @Test
    void csvNumbersIgnoreTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.FRANCE);
        try {
            assertEquals("0.5", Numbers.csv(0.5));
            assertEquals("", Numbers.csv(Double.NaN));
            assertEquals("2028", Numbers.time(2028.0));
            assertEquals("2026.34", Numbers.time(2026.34));
            assertEquals("0.12", Numbers.rounded(0.123, 2));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void suggestsCloseNamesOnly() {
        assertEquals("runs", Suggestions.closest("runz", List.of("runs", "seed", "report")));
        assertEquals("block-size", Suggestions.closest("block_size", List.of("runs", "block-size")));
        assertEquals("fidelity_per_generation", Suggestions.closest("fidelity", List.of("fidelity_per_generation",
                "horizon")));
        assertNull(Suggestions.closest("xyzzy", List.of("runs", "seed")));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void quantilesShowTheDigitsTheirIntervalSupports() {
        assertEquals("0.5", Numbers.supported(0.52, 0.3, 0.7, 9));
        assertEquals("0.52", Numbers.supported(0.5213, 0.515, 0.527, 9));
        // near 1 the digits reach the distance from 1
        assertEquals("0.9999999", Numbers.supported(0.99999994, 0.9999998, 0.99999999, 9));
        assertEquals("20", Numbers.supported(20.046875, 19.99, 20.09, 9));
        // an exact quantile (a bucket of one value) shows the most digits allowed
        assertEquals("0.995009990", Numbers.supported(0.995009990004999, 0.995009990004999, 0.995009990004999, 9));
        // no interval: three significant digits
        assertEquals("0.521", Numbers.supported(0.5213, Double.NaN, 0.527, 9));
        assertEquals("0", Numbers.supported(0, -1, 1, 9));
    }
}
