package org.rsisim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.stat.SeriesBands;

/** Series of 0/1 values are drawn as a share of runs with its interval; other series keep their fan chart. */
class ProbabilityCurveChartTest {
    private static final double[] X = {1, 2, 3, 4};
    private static final long[] N = {1000, 1000, 1000, 1000};

    @Test
    void aSeriesOfZerosAndOnesIsACurveWithItsInterval() {
        SeriesBands b = new SeriesBands("reached", "1", "years", X, N, new double[] {0.9, 0.6, 0.3, 0.05},
                new double[] {0, 0, 0, 0}, new double[] {1, 0, 0, 0}, new double[] {1, 1, 0, 0},
                new double[] {1, 1, 1, 0}, new double[] {1, 1, 1, 1}, new double[] {0.0095, 0.0155, 0.0145, 0.0069});
        assertTrue(ProbabilityCurveChart.applies(b));
        Figure f = ProbabilityCurveChart.of(b, "curve-reached", "provenance");
        String svg = f.svg();
        assertTrue(svg.contains("95 % confidence interval"), "legend");
        String caption = String.join(" ", f.captionLines());
        assertTrue(caption.contains("At 1: 90.0 % [88.1 %, 91.9 %]"), caption);
        assertTrue(caption.contains("at 4: 5.0 % [3.6 %, 6.4 %]"), caption);
    }

    @Test
    void otherSeriesAreNot() {
        double[] fidelity = {0.99, 0.98, 0.97, 0.96};
        SeriesBands f = new SeriesBands("fidelity", "1", "generation", X, N, fidelity, fidelity, fidelity, fidelity,
                fidelity, fidelity);
        assertFalse(ProbabilityCurveChart.applies(f), "values between 0 and 1 at every step");
        double[] ones = {0, 1, 1, 1};
        SeriesBands years = new SeriesBands("count", "years", "generation", X, N, ones, ones, ones, ones, ones, ones);
        assertFalse(ProbabilityCurveChart.applies(years), "unit other than 1");
    }
}
