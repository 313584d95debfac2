package org.rsisim.models.analysis;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.rare.ImportanceSampling;
import org.rsisim.core.rare.RareEvent;

/**
 * The analyses that cannot honour the redraw of rejected parameter draws refuse an experiment that asks for it, and
 * say why: Sobol indices, calibration and rare-event importance sampling.
 */
class RedrawRefusalTest {
    private static final Experiment REDRAWN = Experiment.builder(new GrowthModel()).runs(1000).seed(3)
            .parameter("rate", Distributions.uniform(1, 2)).parameter("theta", Distributions.uniform(0.2, 0.8))
            .eventTimes("takeoff", 2028.0).redraw(100, List.of("theta")).build();

    @Test
    void sobolIndicesRefuseIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SobolSensitivity.builder(REDRAWN, ScalarOutput.metric("growth")).build());
        assertTrue(e.getMessage().contains("redraws rejected parameter draws")
                && e.getMessage().contains("independent"), e.getMessage());
    }

    @Test
    void calibrationRefusesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibration.builder(REDRAWN).free(FreeParameter.value("delay", 0, 3))
                        .target(CalibrationTarget.eventProbability("takeoff", 2028.0, 0.5)).build());
        assertTrue(e.getMessage().contains("redraws rejected parameter draws"), e.getMessage());
    }

    @Test
    void importanceSamplingRefusesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImportanceSampling.builder(REDRAWN, RareEvent.eventBy("takeoff", 2028.0)).build());
        assertTrue(e.getMessage().contains("likelihood ratio") && e.getMessage().contains("keep: [theta]"),
                e.getMessage());
    }
}
