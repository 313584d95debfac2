package org.rsisim.core;

/**
 * Receives progress reports, once per merged block, on the thread that called {@link Engine#run}. Must be quick:
 * the engine merges no block while it runs.
 */
@FunctionalInterface
public interface Progress {
    /** A listener that ignores every report. */
    Progress NONE = (done, planned, nanos) -> { };

    /**
     * Reports progress.
     *
     * @param runsDone runs merged so far
     * @param runsPlanned runs requested (the budget, with a target)
     * @param elapsedNanos time since the experiment started
     */
    void update(long runsDone, long runsPlanned, long elapsedNanos);
}
