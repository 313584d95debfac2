package org.rsisim.cli;

import org.rsisim.core.Engine;
import picocli.CommandLine.Option;

/**
 * The options every command that runs a model shares, declared once: {@code --seed}, {@code --threads} and
 * {@code --format}. Their ranges are the core library's: the thread count is checked by {@link Engine#withThreads}.
 */
public final class CommonOptions {
    /** The report formats for standard output. */
    public enum Format {
        /** The terminal table. */
        table,
        /** The JSON of docs/json.md. */
        json,
        /** The long CSV of every estimate ({@code run} and {@code sweep} only). */
        csv
    }

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the random streams (any whole number).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor). "
            + "The result does not depend on it.")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", description = "What to print: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Format format;

    /**
     * Returns the engine of {@code --threads}, one thread per processor without it.
     *
     * @return the engine
     * @throws UsageException if the core library refuses the thread count; the message is the library's
     */
    Engine engine() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            return Engine.withThreads(t);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--threads " + t + ": " + e.getMessage());
        }
    }

    /**
     * Returns the thread count of {@code --threads}, checked as {@link #engine()} checks it.
     *
     * @return the thread count
     * @throws UsageException if the core library refuses it
     */
    int threads() {
        engine();
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
