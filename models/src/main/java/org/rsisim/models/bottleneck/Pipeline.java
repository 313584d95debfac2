package org.rsisim.models.bottleneck;

import java.util.List;
import java.util.Objects;

/**
 * A pipeline of named {@link Stage stages} whose end-to-end speed-up is the {@link Ces#speedUp CES speed-up} of
 * the stages' own speed-ups, weighted by their shares of the work. With elasticity {@code sigma = 0} the stages are
 * strict complements and the result is Amdahl's law: {@code 1 / sum_i (w_i / s_i)}, so the slowest stages bind.
 *
 * <p>Built once and validated: at least one stage, distinct names, weights summing to 1 within {@code 1e-9},
 * {@code sigma} in {@code [0, +Infinity]}. Immutable and thread-safe.
 */
public final class Pipeline {
    private static final double WEIGHT_TOLERANCE = 1e-9;

    private final String name;
    private final double sigma;
    private final List<Stage> stages;
    private final double[] weights;

    private Pipeline(String name, double sigma, List<Stage> stages) {
        this.name = Objects.requireNonNull(name, "name");
        this.stages = List.copyOf(stages);
        if (this.stages.isEmpty()) {
            throw new IllegalArgumentException("pipeline '" + name + "' has no stages");
        }
        if (!(sigma >= 0)) {
            throw new IllegalArgumentException("pipeline '" + name + "': sigma = " + sigma
                    + " is outside the allowed range [0, Infinity]");
        }
        this.sigma = sigma;
        this.weights = new double[this.stages.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            Stage s = this.stages.get(i);
            for (int j = 0; j < i; j++) {
                if (this.stages.get(j).name().equals(s.name())) {
                    throw new IllegalArgumentException("pipeline '" + name + "': stage name '" + s.name()
                            + "' is used twice");
                }
            }
            weights[i] = s.weight();
            sum += s.weight();
        }
        if (!(Math.abs(sum - 1) <= WEIGHT_TOLERANCE)) {
            throw new IllegalArgumentException("pipeline '" + name + "': stage weights sum to " + sum
                    + ", not 1 (allowed tolerance " + WEIGHT_TOLERANCE + ")");
        }
    }

    /**
     * Builds a pipeline.
     *
     * @param name the pipeline's name
     * @param sigma elasticity of substitution between stages, in {@code [0, +Infinity]}; 0 for stages that must
     *        all be done (Amdahl)
     * @param stages the stages; their weights sum to 1
     * @return the pipeline
     * @throws IllegalArgumentException if a check fails; the message names the value and the allowed range
     */
    public static Pipeline of(String name, double sigma, List<Stage> stages) {
        return new Pipeline(name, sigma, stages);
    }

    /**
     * Builds a pipeline of strict complements ({@code sigma = 0}, Amdahl).
     *
     * @param name the pipeline's name
     * @param stages the stages; their weights sum to 1
     * @return the pipeline
     * @throws IllegalArgumentException if a check fails
     */
    public static Pipeline of(String name, Stage... stages) {
        return new Pipeline(name, 0, List.of(stages));
    }

    /**
     * AI research and development as in the essay (docs/sources.md, Clark 2026): 99 % engineering
     * ("perspiration"), fully automatable without a cap, and 1 % research ("inspiration"), not automated. Its
     * {@link #ceiling()} is 100.
     *
     * @return the pipeline
     */
    public static Pipeline aiResearch() {
        return of("AI R&D", new Stage("engineering", 0.99, 1, Double.POSITIVE_INFINITY),
                new Stage("research", 0.01, 0, 1));
    }

    /**
     * An illustrative economy after the essay's "Amdahl's law for the economy" (docs/sources.md): cognitive work that
     * AI does almost entirely and without a cap, beside sectors whose pace has a cap (drug trials, regulatory
     * pipelines, the physical world). The shares, automated fractions and caps are assumptions chosen to show the
     * mechanism, not measurements: cognitive work 0.55 (automated 0.9, no cap), manufacturing and logistics 0.25
     * (0.6, cap 10), drug trials 0.05 (0.3, cap 2), regulatory approval 0.05 (0.2, cap 1.5), construction and
     * the physical world 0.10 (0.3, cap 2).
     *
     * @return the pipeline
     */
    public static Pipeline economy() {
        return of("economy", new Stage("cognitive work", 0.55, 0.9, Double.POSITIVE_INFINITY),
                new Stage("manufacturing and logistics", 0.25, 0.6, 10),
                new Stage("drug trials", 0.05, 0.3, 2),
                new Stage("regulatory approval", 0.05, 0.2, 1.5),
                new Stage("construction and physical world", 0.10, 0.3, 2));
    }

    /** @return the pipeline's name */
    public String name() {
        return name;
    }

    /** @return the elasticity of substitution between stages */
    public double sigma() {
        return sigma;
    }

    /** @return the stages, in order; immutable */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * Returns a copy with another elasticity of substitution.
     *
     * @param newSigma the elasticity, in {@code [0, +Infinity]}
     * @return the copy
     * @throws IllegalArgumentException if it is outside that range
     */
    public Pipeline withSigma(double newSigma) {
        return new Pipeline(name, newSigma, stages);
    }

    /**
     * Returns the end-to-end speed-up when automated work runs {@code aiSpeed} times faster than people. Allocates
     * one array of the stage count; use {@link #speedUp(double, double[])} in a loop.
     *
     * @param aiSpeed speed-up of automated work, {@code >= 1}, possibly {@code +Infinity}
     * @return {@code Ces.speedUp(w, s, sigma)} with {@code s_i} the stages' speed-ups
     * @throws IllegalArgumentException if {@code aiSpeed} is NaN or below 1
     */
    public double speedUp(double aiSpeed) {
        return speedUp(aiSpeed, new double[weights.length]);
    }

    /**
     * Returns the end-to-end speed-up, using a caller's scratch array for the stages' speed-ups. Allocation-free.
     *
     * @param aiSpeed speed-up of automated work, {@code >= 1}, possibly {@code +Infinity}
     * @param scratch an array of at least the stage count; overwritten with the stages' speed-ups
     * @return the end-to-end speed-up
     * @throws IllegalArgumentException if {@code aiSpeed} is NaN or below 1
     */
    public double speedUp(double aiSpeed, double[] scratch) {
        if (!(aiSpeed >= 1)) {
            throw new IllegalArgumentException("aiSpeed = " + aiSpeed + " is outside the allowed range [1, Infinity]");
        }
        for (int i = 0; i < weights.length; i++) {
            scratch[i] = stages.get(i).speedUp(aiSpeed);
        }
        return Ces.speedUp(weights, scratch, sigma);
    }

    /**
     * Returns the end-to-end speed-up when automated work is infinitely fast: the cap that the stages that are
     * not automated, or capped, put on the whole.
     *
     * @return {@code speedUp(+Infinity)}; {@code +Infinity} if nothing binds
     */
    public double ceiling() {
        return speedUp(Double.POSITIVE_INFINITY);
    }

    @Override
    public String toString() {
        return "Pipeline[" + name + ", sigma " + sigma + ", " + stages + "]";
    }
}
