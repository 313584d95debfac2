package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EngineSmokeTest {
    @Test
    void runs() {
        Experiment e = Experiment.builder(new ProductModel(100)).runs(100_000).seed(42).eventTimes("crossed", 10, 50, 100).build();
        Result r = Engine.withThreads(2).run(e);
        System.out.println(r.metric("product"));
        System.out.println(r.event("crossed"));
        System.out.println(r.series("value").mean()[99] + " " + r.series("value").p50()[99]);
        System.out.println(r.manifest());
        assertEquals(100_000, r.completed());
    }
}
