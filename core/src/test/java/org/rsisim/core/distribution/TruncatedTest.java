package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Parameter;

class TruncatedTest {

    @Test
    void keepsTheShapeInsideTheBounds() {
        Distribution ln = Distributions.lognormal90(0.4, 1.4);
        Distribution t = Distributions.truncated(ln, 0, 10);
        // almost no mass above 10: the truncated quantiles equal the untruncated ones to high precision
        assertEquals(ln.inverseCdf(0.5), t.inverseCdf(0.5), 1e-9);
        assertEquals(10.0, t.upper());
        assertEquals(0.0, t.lower());
        Distribution tight = Distributions.truncated(Distributions.normal(0, 1), -1, 1);
        assertEquals(0.5, tight.cdf(0), 1e-12);
        assertEquals(-1.0, tight.inverseCdf(0));
        assertEquals(1.0, tight.inverseCdf(1));
    }

    @Test
    void letsAnUnboundedPriorMeetABoundedParameter() {
        Parameter p = new Parameter("step", "OOM", 0, 10, 1, "a bounded parameter");
        Distribution ln = Distributions.lognormal90(0.4, 1.4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JointDistribution.of(List.of(p), Map.of("step", ln), null));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        JointDistribution.of(List.of(p), Map.of("step", Distributions.truncated(ln, 0, 10)), null);
    }

    @Test
    void refusesBadBounds() {
        Distribution n = Distributions.normal(0, 1);
        assertThrows(IllegalArgumentException.class, () -> Distributions.truncated(n, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Distributions.truncated(n, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.truncated(Distributions.uniform(0, 1), 2, 3));
        assertTrue(e.getMessage().contains("no probability mass in [2.0, 3.0]"), e.getMessage());
    }
}
