package org.rsisim.models.rsi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.rsisim.core.Model;
import org.rsisim.models.alignment.RecordingSink;

class RsiChainPropertyTest {
    private static final Model MODEL = new RsiChain().withSettings(Map.of("horizon", 2100.0));

    @Property(tries = 300, seed = "20260504")
    void amdahlCapsTheGenerationRate(@ForAll @DoubleRange(min = 0.01, max = 10) double base,
                                     @ForAll @DoubleRange(min = 0, max = 1) double share,
                                     @ForAll @DoubleRange(min = 1, max = 1e6) double speed,
                                     @ForAll @DoubleRange(min = 0, max = 10) double speedGrowth,
                                     @ForAll @DoubleRange(min = 0, max = 3) double step,
                                     @ForAll @DoubleRange(min = -2, max = 6) double midpoint,
                                     @ForAll @LongRange(min = 0, max = 1_000_000) long run) {
        double[] p = RsiChainTest.params(MODEL, Map.of("base_generation_years", base, "generation_time_spread", 0.0,
                "automatable_share", share, "ai_researcher_speed", speed, "researcher_speed_growth", speedGrowth,
                "capability_step_ooms", step, "automation_midpoint_ooms", midpoint));
        RecordingSink sink = RecordingSink.runOnce(MODEL, p, 42, run);
        double[] t = sink.series(MODEL, "years_since_start");
        double[] f = sink.series(MODEL, "fidelity");
        double[] a = sink.series(MODEL, "automation");
        for (int g = 1; g < t.length && !Double.isNaN(t[g]); g++) {
            double duration = t[g] - t[g - 1];
            // Amdahl: duration >= T (1 - h A) >= T (1 - h); and no faster than the researchers allow
            // (dates are calendar years minus the start date, so differences carry 1e-11 of absolute rounding)
            assertTrue(duration >= base * (1 - share * a[g - 1]) * (1 - 1e-12) - 1e-11, "generation " + g
                    + ", seed 42");
            assertTrue(f[g] >= 0 && f[g] <= f[g - 1] && a[g] >= 0 && a[g] <= 1, "generation " + g + ", seed 42");
        }
        double rate = sink.metric(MODEL, "generations_per_year");
        assertTrue(Double.isNaN(rate) || rate * base * (1 - share) <= 1 + 1e-9, "rate " + rate + ", seed 42");
    }
}
