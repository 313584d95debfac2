package org.rsisim.core.rare;

import java.util.Map;

/**
 * One cross-entropy iteration of {@link ImportanceSampling}: the level its elite runs reached and the shift it chose.
 *
 * @param level the score level {@code gamma_t}: the {@code 1 - rho} quantile of the pilot runs' scores, capped at 0
 *        (the event itself); the iterations end at the first level 0
 * @param elite how many pilot runs had a score at least {@code level}
 * @param shift the mean of the normal scores chosen by this iteration, by parameter name, in parameter order
 */
public record CrossEntropyStep(double level, long elite, Map<String, Double> shift) {
    /** Copies the map. */
    public CrossEntropyStep {
        shift = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shift));
    }
}
