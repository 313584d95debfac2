package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rsisim.core.distribution.Distributions;

/** Parts run separately, serialised and merged in any order give the engine's result bit for bit. */
class PartialResultTest {
    private static final Experiment EXPERIMENT = Experiment.builder(new ProductModel(12)).runs(5000).seed(11)
            .parameter("width", Distributions.uniform(0.05, 0.3)).parameter("fail_above", 1.25)
            .eventTimes("crossed", 3, 6, 12).build();
    private static final Result WHOLE = Engine.withThreads(2).run(EXPERIMENT);

    @Property(tries = 25)
    void anySplitInAnyOrderEqualsOnePass(@ForAll @IntRange(min = 1, max = 77) int cut1,
                                         @ForAll @IntRange(min = 1, max = 77) int cut2,
                                         @ForAll boolean reverse) throws Exception {
        long a = Math.min(cut1, cut2) * 64L;
        long b = Math.max(cut1, cut2) * 64L;
        PartialResult p1 = roundTrip(Engine.runPart(EXPERIMENT, 0, a));
        PartialResult p3 = roundTrip(Engine.runPart(EXPERIMENT, b, 5000));
        PartialResult merged;
        if (a == b) {
            merged = reverse ? p3.merge(p1) : p1.merge(p3);
        } else {
            PartialResult p2 = roundTrip(Engine.runPart(EXPERIMENT, a, b));
            merged = reverse ? p3.merge(p2).merge(p1) : p1.merge(p2).merge(p3);
        }
        Result r = Engine.complete(EXPERIMENT, merged, 3, 0.0);
        assertFalse(r.partial());
        assertEquals(WHOLE.metrics(), r.metrics());
        assertEquals(WHOLE.events(), r.events());
        assertEquals(WHOLE.series(), r.series());
        assertEquals(WHOLE.failed(), r.failed());
    }

    @Test
    void partsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Engine.runPart(EXPERIMENT, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> Engine.runPart(EXPERIMENT, 64, 64));
        assertThrows(IllegalArgumentException.class, () -> Engine.runPart(EXPERIMENT, 0, 5001));
        PartialResult other = Engine.runPart(EXPERIMENT.withSeed(12), 0, 64);
        assertThrows(IllegalArgumentException.class, () -> Engine.runPart(EXPERIMENT, 0, 64).merge(other));
        assertThrows(IllegalArgumentException.class, () -> Engine.complete(EXPERIMENT, other, 1, 0));
        assertTrue(Engine.complete(EXPERIMENT, Engine.runPart(EXPERIMENT, 0, 640), 1, 0).partial());
    }

    private static PartialResult roundTrip(PartialResult p) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PartialResult) in.readObject();
        }
    }
}
