package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rsisim.core.distribution.Distributions;

/** Every builder validates at construction, and the message names the setting, the value and what is allowed. */
class BadInputTest {

    private static void refused(Executable build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    private static Experiment.Builder product() {
        return Experiment.builder(new ProductModel(5));
    }

    @Test
    void experiment() {
        refused(() -> product().runs(0).build(), "runs = 0", "[1, ");
        refused(() -> product().runs(-5).build(), "runs = -5");
        refused(() -> product().blockSize(100), "block size = 100", "multiple of 64");
        refused(() -> product().parameter("no_such", 1), "no parameter 'no_such'", "width");
        refused(() -> product().parameter("width", 1.5).build(), "width", "[0.0, 1.0]");
        refused(() -> product().parameter("width", Distributions.uniform(-1, 0.5)).build(), "width",
                "uniform(lower=-1.0, upper=0.5)", "[0.0, 1.0]", "truncate");
        refused(() -> product().eventTimes("product", 1).build(), "'product' is a metric");
        refused(() -> product().eventTimes("nothing", 1).build(), "no observable 'nothing'");
        refused(() -> product().eventTimes("crossed", Double.NaN).build(), "NaN");
        refused(() -> product().target(Target.metricMean("crossed", 0.1)).build(), "is a event", "not a metric");
        refused(() -> product().target(Target.eventProbability("product", 3, 0.1)).build(), "not a event");
    }

    @Test
    void engineAndTarget() {
        refused(() -> Engine.withThreads(0), "threads = 0");
        refused(() -> Target.metricMean("x", 0), "half-width", "0.0");
        refused(() -> Target.metricMean("x", Double.NaN), "NaN");
        refused(() -> Target.eventProbability("x", Double.NaN, 0.1), "NaN");
    }

    @Test
    void declarations() {
        refused(() -> new Parameter("p", "1", 1, 0, 0.5, ""), "p", "range");
        refused(() -> new Parameter("p", "1", 0, 1, 2, ""), "default 2.0", "[0.0, 1.0]");
        refused(() -> new Parameter("p", "1", Double.NaN, 1, 0, ""), "p");
        refused(() -> new Parameter(" ", "1", 0, 1, 0, ""), "blank");
        refused(() -> Observable.series("s", "1", 0, 0, 1, "g", ""), "length 0");
        refused(() -> Observable.series("s", "1", 3, 0, 0, "g", ""), "positive step");
        refused(() -> Observable.event("e", "year", Double.NaN, ""), "origin");
        refused(() -> new ProductModel(3).parameterIndex("zzz"), "zzz", "known: [width, threshold, fail_above]");
        assertTrue(List.of(new ProductModel(3).parameters().get(0).range()).get(0).equals("[0.0, 1.0]"));
    }
}
