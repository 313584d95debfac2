package org.rsisim.scenario.published;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.scenario.ScenarioCatalog;

/** The bundled scenarios of the model {@code sie} give the same bits on one and two threads. */
class SieScenariosTest {

    @Test
    void theScenariosRunWithTheSameBitsOnOneAndTwoThreads() {
        for (String name : new String[] {"sie-2025", "sie-2025-compute-growth", "sie-2025-retraining",
                "sie-2025-constant-r"}) {
            Experiment e = ScenarioCatalog.get(name).experiment().withRuns(20_000);
            Result one = Engine.withThreads(1).run(e);
            Result two = Engine.withThreads(2).run(e);
            assertEquals(20_000, two.completed(), name);
            for (String m : new String[] {"speedup_3x_12mo", "speedup_10x_4mo", "speedup_10x_12mo",
                    "speedup_30x_4mo", "years_compressed_into_one"}) {
                assertEquals(one.metric(m).mean().value(), two.metric(m).mean().value(), 0, name + " " + m);
            }
        }
    }
}
