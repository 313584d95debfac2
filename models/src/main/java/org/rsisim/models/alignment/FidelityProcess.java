package org.rsisim.models.alignment;

import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.distribution.BetaSampler;

/**
 * The stochastic per-generation step of alignment fidelity, with oversight and evaluation awareness: the mutable
 * state of one worker, reused for every run.
 *
 * <p>One step, from a generation with fidelity {@code F} to its successor:
 * <ol>
 *   <li>the successor's own fidelity {@code q} is drawn from a beta distribution with mean {@code p} and
 *       concentration {@code k = 1 / dispersion - 1} (so {@code Var[q] = dispersion * p (1 - p)}); with dispersion 0
 *       it is exactly {@code p};</li>
 *   <li>oversight detects the drift with probability
 *       {@link AlignmentFidelity#effectiveDetection d_eff = d exp(-awareness max(0, L))}, where {@code L} is the
 *       successor's capability in orders of magnitude above the start;</li>
 *   <li>if detected, a fraction {@code c} of the error is corrected,
 *       {@link AlignmentFidelity#corrected q = 1 - (1 - q)(1 - c)};</li>
 *   <li>{@code F' = F q}.</li>
 * </ol>
 *
 * <p>Random numbers: the drift draw uses only the {@code drift} generator and the detection draw exactly one
 * uniform of the {@code oversight} generator per step, whatever {@code d}, {@code c} and the awareness are. Two runs
 * with the same streams and different oversight settings therefore see the same drift and the same detection
 * uniforms (common random numbers), and fidelity is pathwise monotone: raising {@code d} or {@code c}, or lowering
 * the awareness, never lowers any generation's fidelity.
 *
 * <p>The beta draw is core's {@link BetaSampler} on the {@code drift} generator, shapes {@code pk} and
 * {@code (1 - p)k}: {@code X / (X + Y)} with {@code X ~ Gamma(pk)}, {@code Y ~ Gamma((1 - p)k)}, each gamma by
 * Marsaglia and Tsang's method (ACM TOMS 26(3), 2000) on a Ziggurat normal sampler built once; shapes below 1 use
 * their boost {@code Gamma(a) = Gamma(a + 1) U^(1/a)}. Nothing is allocated per step or per run.
 *
 * <p>Not thread-safe: one instance per worker, bound to that worker's streams.
 */
public final class FidelityProcess {
    private final UniformRandomProvider oversight;
    private final BetaSampler beta;

    private double p;
    private double detection;
    private double correction;
    private double awareness;
    /** The beta shapes {@code pk} and {@code (1 - p)k} of the current run. */
    private double shapeA;
    private double shapeB;
    private boolean degenerate;

    /**
     * Binds a process to a worker's generators.
     *
     * @param drift generator of the per-generation fidelity draws
     * @param oversight generator of the detection draws
     */
    public FidelityProcess(UniformRandomProvider drift, UniformRandomProvider oversight) {
        this.beta = new BetaSampler(java.util.Objects.requireNonNull(drift, "drift"));
        this.oversight = java.util.Objects.requireNonNull(oversight, "oversight");
        reset(1, 0, 0, 0, 0);
    }

    /**
     * Sets the parameters of the next run. Allocation-free. Values are not validated here: a model declares their
     * ranges as {@link org.rsisim.core.Parameter}s and the experiment checks them once.
     *
     * @param fidelityPerGeneration mean per-generation fidelity {@code p}, in {@code [0, 1]}
     * @param dispersion {@code Var[q] / (p (1 - p))}, in {@code [0, 0.5]}; 0 makes every {@code q = p}
     * @param detectionProbability oversight's detection probability {@code d}, in {@code [0, 1]}
     * @param correctionFraction fraction {@code c} of a detected error that is corrected, in {@code [0, 1]}
     * @param evaluationAwareness fall of detection per order of magnitude of capability, {@code >= 0}
     */
    public void reset(double fidelityPerGeneration, double dispersion, double detectionProbability,
                      double correctionFraction, double evaluationAwareness) {
        this.p = fidelityPerGeneration;
        this.detection = detectionProbability;
        this.correction = correctionFraction;
        this.awareness = evaluationAwareness;
        double k = 1 / dispersion - 1;
        // a dispersion of 0, or one so small (subnormal) that the concentration overflows, draws q = p exactly
        boolean deterministic = !(k < Double.POSITIVE_INFINITY);
        shapeA = p * k;
        shapeB = (1 - p) * k;
        this.degenerate = deterministic || shapeA == 0 || shapeB == 0;
    }

    /**
     * Advances fidelity by one generation, as described in the class comment. Allocation-free.
     *
     * @param fidelity the current generation's fidelity {@code F}, in {@code [0, 1]}
     * @param capabilityOoms the successor's capability in orders of magnitude above the start, for awareness
     * @return the successor's fidelity, in {@code [0, F]}
     */
    public double next(double fidelity, double capabilityOoms) {
        double q = degenerate ? p : drawFidelity();
        double dEff = AlignmentFidelity.effectiveDetection(detection, awareness, capabilityOoms);
        if (uniform(oversight) < dEff) {
            q = AlignmentFidelity.corrected(q, correction);
        }
        return fidelity * q;
    }

    /**
     * Draws one generation's fidelity {@code q} (before oversight) from the beta distribution of the current run.
     * Returns {@code p} without drawing when the dispersion is 0 or {@code p} is 0 or 1. Allocation-free.
     *
     * @return a value in {@code [0, 1]} with mean {@code p}
     */
    public double drawFidelity() {
        if (degenerate) {
            return p;
        }
        return beta.sample(shapeA, shapeB);
    }

    /** A uniform number in the open interval (0, 1), so that its logarithm is finite. */
    private static double uniform(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
