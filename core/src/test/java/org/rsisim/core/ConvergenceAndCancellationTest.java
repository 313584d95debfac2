package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConvergenceAndCancellationTest {

    @Test
    void stopsAtTheFirstBlockThatMeetsAnEventTarget() {
        Experiment e = Experiment.builder(new ProductModel(20)).runs(1_000_000).seed(3).blockSize(512)
                .target(Target.eventProbability("crossed", 20, 0.01)).build();
        Result r = Engine.withThreads(2).run(e);
        assertTrue(r.convergence().met());
        assertTrue(r.convergence().achievedHalfWidth() <= 0.01);
        assertFalse(r.partial());
        long runs = r.manifest().runs();
        assertEquals(0, runs % 512, "stops on a block boundary");
        assertTrue(runs < 1_000_000);
        // the block before the last did not meet the target: rerunning with exactly runs - 512 runs, no target
        Result before = Engine.withThreads(1).run(e.toBuilder().target(null).runs(runs - 512).build());
        assertTrue(before.event("crossed").probabilityBy(20).halfWidth() > 0.01);
        // and the stopping point does not depend on the thread count
        assertEquals(r.event("crossed"), Engine.withThreads(3).run(e).event("crossed"));
    }

    @Test
    void metricTargetAndBudget() {
        Experiment e = Experiment.builder(new ProductModel(20)).runs(2048).seed(3).blockSize(256)
                .target(Target.metricMean("product", 1e-6)).build();
        Result r = Engine.withThreads(2).run(e);
        assertFalse(r.convergence().met(), "the budget is far too small for this precision");
        assertEquals(2048, r.manifest().runs());
        assertFalse(r.partial());
    }

    @Test
    void cancellationReturnsAPartialResultOfWholeBlocks() {
        Cancellation cancel = new Cancellation();
        AtomicLong seen = new AtomicLong();
        Progress progress = (done, planned, nanos) -> {
            seen.set(done);
            if (done >= 10 * 256) {
                cancel.cancel();
            }
        };
        Experiment e = Experiment.builder(new ProductModel(50)).runs(10_000_000).blockSize(256).build();
        Result r = Engine.withThreads(2).run(e, progress, cancel);
        assertTrue(r.partial());
        long runs = r.manifest().runs();
        assertTrue(runs >= 10 * 256 && runs < 10_000_000, "runs " + runs);
        assertEquals(0, runs % 256);
        assertEquals(runs, r.completed() + r.failed() + r.diverged());
        // the partial result equals a full run of the same number of runs
        Result full = Engine.withThreads(1).run(e.toBuilder().runs(runs).build());
        assertEquals(full.metric("product"), r.metric("product"));
        assertEquals(runs, seen.get());
    }
}
