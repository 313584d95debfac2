package org.rsisim.core;

import java.io.Serializable;
import java.util.Objects;
import org.rsisim.core.internal.Tally;

/**
 * The statistics of some of an experiment's runs, from {@link Engine#runPart}: mergeable and {@link Serializable},
 * so parts computed on different threads or machines can be shipped, merged in any order, and completed into the
 * {@link Result} with {@link Engine#complete}. Merging is exact: the completed result does not depend on how the
 * runs were split or in which order the parts were merged. Not thread-safe.
 */
public final class PartialResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String experimentHash;
    private long runs;
    private final Tally tally;

    PartialResult(String experimentHash, long runs, Tally tally) {
        this.experimentHash = experimentHash;
        this.runs = runs;
        this.tally = tally;
    }

    /**
     * Adds another part of the same experiment, covering other runs, into this one.
     *
     * @param other a part of the same experiment; unchanged
     * @return this part, now holding both
     * @throws IllegalArgumentException if the other part belongs to another experiment
     */
    public PartialResult merge(PartialResult other) {
        Objects.requireNonNull(other, "other");
        if (!experimentHash.equals(other.experimentHash)) {
            throw new IllegalArgumentException("cannot merge parts of different experiments (" + experimentHash
                    + " and " + other.experimentHash + ")");
        }
        tally.add(other.tally);
        runs += other.runs;
        return this;
    }

    /**
     * Returns how many runs the part covers.
     *
     * @return the run count
     */
    public long runs() {
        return runs;
    }

    /**
     * Returns the hash of the experiment the part belongs to.
     *
     * @return {@link Experiment#hash()}
     */
    public String experimentHash() {
        return experimentHash;
    }

    /**
     * Returns the parameter draws that the model rejected in the part's runs (the redraw option).
     *
     * @return the count; 0 without the option
     */
    public long rejectedDraws() {
        return tally.rejectedDraws();
    }

    Tally tally() {
        return tally;
    }
}
