package org.rsisim.models.bottleneck;

import java.util.Objects;

/**
 * One named stage of a {@link Pipeline}: its share of the work before any automation, the share of the stage's
 * own work that AI can do, and a cap on how fast that automated part can go (a drug trial's biology, a regulator's
 * calendar, the physical world's pace).
 *
 * <p>When automated work runs {@code S} times faster than people, the stage runs
 * {@link Amdahl#speedUp(double, double) Amdahl.speedUp}{@code (automatedShare, min(S, speedCap))} times faster.
 * Immutable and thread-safe.
 *
 * @param name the stage's name, such as {@code drug trials}; not blank
 * @param weight the stage's share of the pipeline's work before automation, in {@code (0, 1]}
 * @param automatedShare the share of the stage's work that AI can do, in {@code [0, 1]}
 * @param speedCap the largest speed-up of the automated part, in {@code [1, +Infinity]}
 */
public record Stage(String name, double weight, double automatedShare, double speedCap) {

    /**
     * Validates the stage.
     *
     * @throws IllegalArgumentException naming the stage, the field, its value and the allowed range
     */
    public Stage {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("stage name is blank");
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("stage '" + name + "': weight = " + weight
                    + " is outside the allowed range (0, 1]");
        }
        if (!(automatedShare >= 0 && automatedShare <= 1)) {
            throw new IllegalArgumentException("stage '" + name + "': automatedShare = " + automatedShare
                    + " is outside the allowed range [0, 1]");
        }
        if (!(speedCap >= 1)) {
            throw new IllegalArgumentException("stage '" + name + "': speedCap = " + speedCap
                    + " is outside the allowed range [1, Infinity]");
        }
    }

    /**
     * Returns the stage's speed-up when automated work runs {@code aiSpeed} times faster than people.
     *
     * @param aiSpeed speed-up of automated work, {@code >= 1}, possibly {@code +Infinity}
     * @return {@code Amdahl.speedUp(automatedShare, min(aiSpeed, speedCap))}, at most {@code speedCap} and at most
     *         {@code 1 / (1 - automatedShare)}
     */
    public double speedUp(double aiSpeed) {
        return Amdahl.speedUp(automatedShare, Math.min(aiSpeed, speedCap));
    }
}
