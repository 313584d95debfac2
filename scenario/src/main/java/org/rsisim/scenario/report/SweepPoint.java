package org.rsisim.scenario.report;

import java.util.Objects;
import org.rsisim.core.Result;

/**
 * One point of a sweep: the scenario run with one parameter (or setting) held at one value, with the same seed
 * as every other point (common random numbers), so differences between points are not sampling noise of
 * independent runs. A two-parameter sweep gives one point per pair, with {@code parameter} naming both as
 * {@code "a=1.0, b"} ordered as in the scenario file. Immutable value.
 *
 * @param parameter the name of the parameter or setting that was varied
 * @param value the value it was held at
 * @param result the result at that value
 */
public record SweepPoint(String parameter, double value, Result result) {

    /**
     * Checks that nothing is null.
     *
     * @throws NullPointerException if {@code parameter} or {@code result} is null
     */
    public SweepPoint {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(result, "result");
    }
}
