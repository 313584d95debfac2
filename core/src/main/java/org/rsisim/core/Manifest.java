package org.rsisim.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What produced a {@link Result}: library version, model, seed, runs, threads, block size, the scenario's name and
 * hash, wall time, and whether the result is partial (cancelled).
 *
 * @param version the rsisim version
 * @param model the model's name
 * @param scenario the experiment's name
 * @param scenarioHash {@link Experiment#hash()}
 * @param seed the seed
 * @param runs runs executed (counted, diverged and failed)
 * @param requestedRuns runs requested (the budget, with a target)
 * @param threads worker threads used
 * @param blockSize runs per block
 * @param wallTimeSeconds elapsed time of the experiment
 * @param partial {@code true} if the experiment was cancelled before all requested runs finished
 */
public record Manifest(String version, String model, String scenario, String scenarioHash, long seed, long runs,
                       long requestedRuns, int threads, int blockSize, double wallTimeSeconds, boolean partial)
        implements Serializable {

    /**
     * Returns the version of this library, read from the jar's bundled properties.
     *
     * @return the version, such as {@code 0.1.0}
     */
    public static String libraryVersion() {
        try (InputStream in = Manifest.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
