package org.rsisim.serve;

import java.util.Objects;
import org.rsisim.core.Experiment;

/**
 * How {@link ServeServer} listens and what it allows: the address and port, the token every request must carry, and
 * the caps that keep one page from taking the machine (runs per request, seconds per run, runs at once, runs
 * queued). Immutable; validated at construction.
 *
 * @param bind the address to listen on; {@code 127.0.0.1} keeps the page on this machine
 * @param port the port, or 0 for a free one
 * @param token the token every request must carry (in the query as {@code token=} or in the header
 *        {@code X-Rsisim-Token}); at least 16 characters of {@code [A-Za-z0-9_-]}
 * @param maxRuns the most runs one request may ask for, in [1, {@link Experiment#MAX_RUNS}]
 * @param maxSeconds the longest a run may take before it is stopped and its partial result returned, in [1, 86400]
 * @param concurrentRuns how many runs execute at once, in [1, 64]
 * @param queuedRuns how many more wait for a free slot before a request is refused, in [0, 1024]
 * @param threadsPerRun the engine's worker threads for each run, in [1, 1024]
 */
public record ServeConfig(String bind, int port, String token, long maxRuns, int maxSeconds, int concurrentRuns,
        int queuedRuns, int threadsPerRun) {
    /** Default cap on runs per request: a million, a couple of seconds for most bundled scenarios. */
    public static final long DEFAULT_MAX_RUNS = 1_000_000L;
    /** Default cap on the time of one run, in seconds. */
    public static final int DEFAULT_MAX_SECONDS = 60;
    /** Default number of runs executing at once. */
    public static final int DEFAULT_CONCURRENT_RUNS = 2;
    /** Default number of runs waiting for a slot. */
    public static final int DEFAULT_QUEUED_RUNS = 16;

    /**
     * Validates the configuration.
     *
     * @throws IllegalArgumentException naming the field, its value and its range
     */
    public ServeConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind is empty; give an address such as 127.0.0.1");
        }
        if (!(port >= 0 && port <= 65535)) {
            throw new IllegalArgumentException("port " + port + " must be in [0, 65535] (0 picks a free one)");
        }
        if (!token.matches("[A-Za-z0-9_-]{16,256}")) {
            throw new IllegalArgumentException("token must be 16 to 256 characters of A-Z, a-z, 0-9, '_' and '-'");
        }
        if (!(maxRuns >= 1 && maxRuns <= Experiment.MAX_RUNS)) {
            throw new IllegalArgumentException("maxRuns " + maxRuns + " must be in [1, " + Experiment.MAX_RUNS + "]");
        }
        if (!(maxSeconds >= 1 && maxSeconds <= 86_400)) {
            throw new IllegalArgumentException("maxSeconds " + maxSeconds + " must be in [1, 86400]");
        }
        if (!(concurrentRuns >= 1 && concurrentRuns <= 64)) {
            throw new IllegalArgumentException("concurrentRuns " + concurrentRuns + " must be in [1, 64]");
        }
        if (!(queuedRuns >= 0 && queuedRuns <= 1024)) {
            throw new IllegalArgumentException("queuedRuns " + queuedRuns + " must be in [0, 1024]");
        }
        if (!(threadsPerRun >= 1 && threadsPerRun <= 1024)) {
            throw new IllegalArgumentException("threadsPerRun " + threadsPerRun + " must be in [1, 1024]");
        }
    }

    /**
     * Returns the defaults: loopback, a free port, the given token, the default caps, and as many engine threads as
     * processors.
     *
     * @param token the token, as {@link ServeServer#newToken()} makes one
     * @return the configuration
     */
    public static ServeConfig defaults(String token) {
        return new ServeConfig("127.0.0.1", 0, token, DEFAULT_MAX_RUNS, DEFAULT_MAX_SECONDS, DEFAULT_CONCURRENT_RUNS,
                DEFAULT_QUEUED_RUNS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Returns whether the bind address is a loopback address, so that the page is reachable from this machine only.
     *
     * @return true for 127.0.0.0/8, ::1 and localhost
     */
    public boolean loopback() {
        return bind.startsWith("127.") || bind.equals("::1") || bind.equals("[::1]") || bind.equals("localhost");
    }

    /** @param v the new value @return a copy with this bind address */
    public ServeConfig withBind(String v) {
        return new ServeConfig(v, port, token, maxRuns, maxSeconds, concurrentRuns, queuedRuns, threadsPerRun);
    }

    /** @param v the new value @return a copy with this port */
    public ServeConfig withPort(int v) {
        return new ServeConfig(bind, v, token, maxRuns, maxSeconds, concurrentRuns, queuedRuns, threadsPerRun);
    }

    /** @param v the new value @return a copy with this cap on runs per request */
    public ServeConfig withMaxRuns(long v) {
        return new ServeConfig(bind, port, token, v, maxSeconds, concurrentRuns, queuedRuns, threadsPerRun);
    }

    /** @param v the new value @return a copy with this cap on seconds per run */
    public ServeConfig withMaxSeconds(int v) {
        return new ServeConfig(bind, port, token, maxRuns, v, concurrentRuns, queuedRuns, threadsPerRun);
    }

    /** @param v the new value @return a copy with this number of runs at once */
    public ServeConfig withConcurrentRuns(int v) {
        return new ServeConfig(bind, port, token, maxRuns, maxSeconds, v, queuedRuns, threadsPerRun);
    }

    /** @param v the new value @return a copy with this number of queued runs */
    public ServeConfig withQueuedRuns(int v) {
        return new ServeConfig(bind, port, token, maxRuns, maxSeconds, concurrentRuns, v, threadsPerRun);
    }

    /** @param v the new value @return a copy with this number of engine threads per run */
    public ServeConfig withThreadsPerRun(int v) {
        return new ServeConfig(bind, port, token, maxRuns, maxSeconds, concurrentRuns, queuedRuns, v);
    }
}
