package org.rsisim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rsisim.core.Experiment;

/** Properties of how slices are dealt to partitions; pure arithmetic, so no false failures. */
class SlicePlanTest {

    /** Experiments given as run counts and slice sizes (multiples of {@link Experiment#CHUNK}). */
    record Job(long[] runs, long[] sliceRuns, int partitions) {
    }

    @Provide
    Arbitrary<Job> jobs() {
        Arbitrary<long[]> runs = Arbitraries.longs().between(1, 2_000_000).array(long[].class).ofMinSize(1)
                .ofMaxSize(6);
        Arbitrary<Integer> chunksPerSlice = Arbitraries.integers().between(1, 5_000);
        Arbitrary<Integer> partitions = Arbitraries.integers().between(1, 300);
        return Combinators.combine(runs, chunksPerSlice, partitions).as((r, c, p) -> {
            long[] slice = new long[r.length];
            for (int j = 0; j < r.length; j++) {
                slice[j] = (long) Experiment.CHUNK * (1 + (c * (j + 1)) % 5_000);
            }
            return new Job(r, slice, p);
        });
    }

    @Property(tries = 300, seed = "20280101")
    void everyRunIsDealtExactlyOnceInAlignedSegments(@ForAll("jobs") Job job) {
        List<SlicePlan.Segment[]> shares = SlicePlan.deal(job.runs(), job.sliceRuns(), job.partitions());
        assertEquals(job.partitions(), shares.size());
        long[] next = new long[job.runs().length];
        for (SlicePlan.Segment[] share : shares) {
            for (SlicePlan.Segment s : share) {
                int j = s.experiment();
                assertEquals(next[j], s.firstRun(), "segment " + s + " does not follow run " + next[j]);
                assertEquals(0, s.firstRun() % job.sliceRuns()[j], "segment " + s + " is not slice-aligned");
                assertEquals(0, s.firstRun() % Experiment.CHUNK, "segment " + s + " is not chunk-aligned");
                assertTrue(s.endRun() > s.firstRun() && s.endRun() <= job.runs()[j], "segment " + s);
                next[j] = s.endRun();
            }
        }
        for (int j = 0; j < next.length; j++) {
            assertEquals(job.runs()[j], next[j], "experiment " + j + " is not fully covered");
        }
    }

    @Property(tries = 300, seed = "20280101")
    void partitionsDifferByAtMostOneSlice(@ForAll("jobs") Job job) {
        List<SlicePlan.Segment[]> shares = SlicePlan.deal(job.runs(), job.sliceRuns(), job.partitions());
        long least = Long.MAX_VALUE;
        long most = 0;
        for (SlicePlan.Segment[] share : shares) {
            long slices = 0;
            for (SlicePlan.Segment s : share) {
                long size = job.sliceRuns()[s.experiment()];
                slices += SlicePlan.slices(s.endRun() - s.firstRun(), size);
            }
            least = Math.min(least, slices);
            most = Math.max(most, slices);
        }
        assertTrue(most - least <= 1, "slices per partition range from " + least + " to " + most);
    }
}
