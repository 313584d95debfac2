package org.rsisim.models.alignment;

/**
 * Closed forms of alignment fidelity compounding over generations of AI systems that train their successors.
 *
 * <p>If each generation carries over its predecessor's alignment with fidelity {@code p} (the probability, or the
 * share of the alignment target, that survives one round of training), the fidelity after {@code n} generations is
 * {@code p^n}. With {@code p = 0.999} (Clark, "Import AI 455", docs/sources.md) that is 0.951206 after 50 generations and
 * 0.6063789 after 500 (the essay says 60.5 %). The per-generation rules of oversight and evaluation awareness live here too, so the
 * stochastic {@link FidelityProcess} and every model that uses it share one definition.
 *
 * <p>All methods are static, pure and thread-safe.
 */
public final class AlignmentFidelity {
    private AlignmentFidelity() {
    }

    /**
     * Returns the fidelity after {@code n} generations of constant per-generation fidelity {@code p}, {@code p^n},
     * computed as {@code exp(n log p)}: one rounding in the logarithm and one in the exponential, so the relative
     * error is about {@code |n log p|} units in the last place (below {@code 1e-9} for any {@code n} up to
     * {@code 1e9} whose result is a normal double), where repeated multiplication would accumulate {@code n}
     * roundings.
     *
     * @param p per-generation fidelity, in {@code [0, 1]}
     * @param n number of generations, finite and {@code >= 0}; need not be an integer
     * @return {@code p^n} in {@code [0, 1]}; {@code 1} when {@code n = 0} (also for {@code p = 0})
     * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1]} or {@code n} is negative, infinite or
     *         NaN; the message names the argument, its value and the allowed range
     */
    public static double afterGenerations(double p, double n) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("fidelity per generation p = " + p + " is outside [0, 1]");
        }
        if (!(n >= 0 && n < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("generations n = " + n + " is outside [0, +inf)");
        }
        if (n == 0) {
            return 1;
        }
        return Math.exp(n * Math.log(p));
    }

    /**
     * Returns the probability that oversight detects a generation's drift, lowered by evaluation awareness:
     * {@code d_eff = d * exp(-awareness * max(0, capabilityOoms))}. Each order of magnitude of capability above the
     * starting generation multiplies the detection probability by {@code exp(-awareness)}: a model that is more
     * aware of being evaluated behaves well under test and hides its drift ("already aware of when they are being
     * tested", docs/sources.md). Capability below the start does not raise detection above {@code d}.
     *
     * <p>Allocation-free; does not validate (inputs are validated where they enter a model). NaN in gives NaN out.
     *
     * @param detection detection probability {@code d} without awareness, in {@code [0, 1]}
     * @param awareness evaluation awareness, per order of magnitude of capability, {@code >= 0}
     * @param capabilityOoms capability of the evaluated generation, in orders of magnitude (log10) above the start
     * @return the effective detection probability, in {@code [0, d]}
     */
    public static double effectiveDetection(double detection, double awareness, double capabilityOoms) {
        if (awareness == 0 || capabilityOoms <= 0) {
            return detection;
        }
        return detection * Math.exp(-awareness * capabilityOoms);
    }

    /**
     * Returns a generation's fidelity after oversight corrected a fraction {@code c} of its error:
     * {@code 1 - (1 - q)(1 - c)}.
     *
     * <p>Allocation-free; does not validate.
     *
     * @param q the generation's fidelity before correction, in {@code [0, 1]}
     * @param correction fraction {@code c} of the error that is corrected, in {@code [0, 1]}
     * @return the corrected fidelity, in {@code [q, 1]}
     */
    public static double corrected(double q, double correction) {
        // written as q + (1 - q) c, which is algebraically the same, so that c = 0 returns q exactly and the result
        // never rounds below q: oversight can then never lower fidelity, not even by one unit in the last place
        return q + (1 - q) * correction;
    }
}
