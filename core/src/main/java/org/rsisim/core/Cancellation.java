package org.rsisim.core;

/**
 * A cooperative cancellation flag for a running experiment, checked by the engine once per block. Cancelling
 * makes {@link Engine#run} return the merged result of the blocks finished so far, marked partial. Thread-safe.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Requests cancellation; idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Returns whether cancellation was requested.
     *
     * @return the flag
     */
    public boolean isCancelled() {
        return cancelled;
    }
}
