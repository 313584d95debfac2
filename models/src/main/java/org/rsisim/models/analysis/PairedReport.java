package org.rsisim.models.analysis;

import java.util.List;
import java.util.Objects;
import org.rsisim.core.Result;

/**
 * The result of a {@link PairedComparison}: one {@link PairedDifference} per compared quantity.
 *
 * @param a experiment A's name
 * @param b experiment B's name
 * @param differences the comparisons, metrics first (in model A's order), then event probabilities
 * @param result the engine's result for the {@link PairedModel}, with every summary of {@code a:}, {@code b:} and
 *        {@code b-a:} observables, the run counts and the manifest
 */
public record PairedReport(String a, String b, List<PairedDifference> differences, Result result) {

    /**
     * Copies the list.
     */
    public PairedReport {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        differences = List.copyOf(differences);
        Objects.requireNonNull(result, "result");
    }

    /**
     * Returns the comparison of one quantity.
     *
     * @param quantity a metric name, or {@code e<=t} as in {@link PairedDifference#quantity()}
     * @return its comparison
     * @throws IllegalArgumentException if the quantity was not compared
     */
    public PairedDifference difference(String quantity) {
        for (PairedDifference d : differences) {
            if (d.quantity().equals(quantity)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + quantity + "' was not compared; compared: "
                + differences.stream().map(PairedDifference::quantity).toList());
    }

    /**
     * Returns the comparison of an event's probability by a time.
     *
     * @param event the event's name
     * @param time a compared time
     * @return its comparison
     * @throws IllegalArgumentException if it was not compared
     */
    public PairedDifference eventDifference(String event, double time) {
        return difference(event + "<=" + time);
    }

    /** @return pairs in which both sides completed; only these enter the comparisons */
    public long completedPairs() {
        return result.completed();
    }

    /** @return pairs dropped because either side diverged */
    public long divergedPairs() {
        return result.diverged();
    }

    /** @return pairs dropped because either side's model threw */
    public long failedPairs() {
        return result.failed();
    }
}
