package org.rsisim.core.distribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.InvalidValueException;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;

/**
 * The joint distribution of a model's parameters: one marginal {@link Distribution} per parameter (a fixed default
 * where the scenario gives none) and an optional {@link Correlation} imposed through a Gaussian copula.
 *
 * <p>Each uncertain parameter draws from its own stream component, keyed by its name, so adding or removing a
 * parameter does not change the values drawn for the others (common random numbers survive a change of model).
 * Built once per experiment, immutable and thread-safe; each worker gets its own {@link Sampler}.
 */
public final class JointDistribution {
    /** Mixed into the experiment seed to seed the scramble of quasi-random parameters. */
    private static final long QUASI_RANDOM_SALT = 0x2545_F491_4F6C_DD1DL;
    private final List<Parameter> parameters;
    private final List<Distribution> marginals;
    private final Correlation correlation;
    private final int[] correlatedIndex;
    private final double[][] factor;
    private final int[] streamIds;
    /** Quasi-random points for the uncertain parameters, or {@code null} to draw them from their streams. */
    private final SobolPoints sobol;

    private JointDistribution(List<Parameter> parameters, List<Distribution> marginals, Correlation correlation,
                              int[] correlatedIndex, double[][] factor, int[] streamIds, SobolPoints sobol) {
        this.parameters = parameters;
        this.marginals = marginals;
        this.correlation = correlation;
        this.correlatedIndex = correlatedIndex;
        this.factor = factor;
        this.streamIds = streamIds;
        this.sobol = sobol;
    }

    /**
     * Builds the joint distribution of a parameter list.
     *
     * @param parameters the model's parameters, in order
     * @param chosen distributions chosen by the scenario, by parameter name; the others are fixed at their default
     * @param correlation rank correlations between some of the parameters, or {@code null} for none
     * @return the joint distribution
     * @throws IllegalArgumentException if a name (in {@code chosen} or in the correlation) is not a parameter, a
     *         parameter name repeats, or a distribution's support {@code [lower(), upper()]} is not inside the
     *         parameter's allowed range; the message names both the parameter and the distribution
     */
    public static JointDistribution of(List<Parameter> parameters, Map<String, Distribution> chosen,
                                       Correlation correlation) {
        List<Parameter> params = List.copyOf(parameters);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            if (index.put(params.get(i).name(), i) != null) {
                throw new IllegalArgumentException("parameter name '" + params.get(i).name() + "' repeats");
            }
        }
        for (String name : chosen.keySet()) {
            if (!index.containsKey(name)) {
                throw new InvalidValueException("unknown parameter '" + name + "'; known: " + index.keySet(), name,
                        Double.NaN);
            }
        }
        List<Distribution> marginals = new ArrayList<>(params.size());
        for (Parameter p : params) {
            Distribution d = chosen.get(p.name());
            if (d == null) {
                d = Distributions.fixed(p.defaultValue());
            }
            double lo = d.lower();
            double hi = d.upper();
            if (!(lo >= p.lower() && hi <= p.upper())) {
                throw new InvalidValueException("parameter " + p.name() + ": " + d + " has support [" + lo + ", "
                        + hi + "], which is not inside the allowed range " + p.range()
                        + (d instanceof Distributions.Fixed ? "" : "; truncate it to the range (Distributions.truncated)"),
                        p.name(), lo >= p.lower() ? hi : lo);
            }
            marginals.add(d);
        }
        int[] correlatedIndex = new int[0];
        double[][] factor = null;
        if (correlation != null) {
            correlatedIndex = new int[correlation.names().size()];
            for (int k = 0; k < correlatedIndex.length; k++) {
                Integer i = index.get(correlation.names().get(k));
                if (i == null) {
                    throw new IllegalArgumentException("correlation names unknown parameter '"
                            + correlation.names().get(k) + "'; known: " + index.keySet());
                }
                correlatedIndex[k] = i;
            }
            factor = correlation.normalScoreFactor();
        }
        return new JointDistribution(params, Collections.unmodifiableList(marginals), correlation, correlatedIndex,
                factor, streamIds(params), null);
    }

    /**
     * Returns a copy that takes the uncertain parameters of run {@code i} from point {@code i} of a scrambled Sobol
     * sequence instead of their streams (randomised quasi-Monte Carlo). The uncertain parameters (those not fixed,
     * and every correlated one) are the coordinates, in parameter order: coordinate {@code j} of the point, a
     * uniform {@code u} in (0, 1), gives an independent parameter the value {@code inverseCdf(u)}. Correlated
     * parameters keep their rank correlation: their coordinates become normal scores {@code Phi^-1(u)}, which the
     * copula correlates with the Cholesky factor and maps through {@code inverseCdf(Phi(score))} as in
     * pseudo-random sampling. The scramble is seeded by {@code seed}, so the values are a function of (seed, run)
     * alone. Unlike pseudo-random draws, the values of a parameter depend on which other parameters are uncertain
     * (they set the coordinate order). Each block of {@code 2^m} consecutive runs starting at a multiple of
     * {@code 2^m} is a scrambled net, so run counts that are powers of two gain most.
     *
     * @param seed the experiment seed; the scramble is {@link SobolPoints} of {@code seed} XOR a constant of this
     *        class, unrelated to other uses of the same seed
     * @return the copy; the same as this one if no parameter is uncertain
     * @throws IllegalArgumentException if more than {@value SobolPoints#MAX_DIMENSION} parameters are uncertain
     */
    public JointDistribution withQuasiRandom(long seed) {
        int dimension = uncertainCount();
        if (dimension == 0) {
            return this;
        }
        return new JointDistribution(parameters, marginals, correlation, correlatedIndex, factor, streamIds,
                new SobolPoints(dimension, seed ^ QUASI_RANDOM_SALT));
    }

    /**
     * Returns whether uncertain parameters come from quasi-random points ({@link #withQuasiRandom}).
     *
     * @return {@code true} for quasi-random points
     */
    public boolean quasiRandom() {
        return sobol != null;
    }

    private int uncertainCount() {
        int count = 0;
        for (int i = 0; i < parameters.size(); i++) {
            if (isUncertain(i)) {
                count++;
            }
        }
        return count;
    }

    private boolean isUncertain(int i) {
        if (!(marginals.get(i) instanceof Distributions.Fixed)) {
            return true;
        }
        for (int c : correlatedIndex) {
            if (c == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives each parameter a distinct negative stream id derived from its name alone: 31 bits of a 64-bit FNV-1a
     * hash of the name, finalised with the SplitMix64 mixer, with the sign bit set so that it never meets a model
     * component (ids {@code >= 0}). Two names collide with probability about {@code 2^-31}; a collision (or the
     * reserved {@link RunStreams#PARAMETERS}) is resolved by taking the next free id, in parameter order.
     */
    private static int[] streamIds(List<Parameter> params) {
        int[] ids = new int[params.size()];
        Set<Integer> used = new HashSet<>();
        used.add(RunStreams.PARAMETERS);
        for (int i = 0; i < ids.length; i++) {
            int id = Integer.MIN_VALUE | (int) (nameHash(params.get(i).name()) >>> 33);
            while (!used.add(id)) {
                id = Integer.MIN_VALUE | (id + 1);
            }
            ids[i] = id;
        }
        return ids;
    }

    private static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /**
     * Returns the parameters, in order.
     *
     * @return an immutable list
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * Returns the marginal distribution of each parameter, in order.
     *
     * @return an immutable list
     */
    public List<Distribution> marginals() {
        return marginals;
    }

    /**
     * Returns the correlation, or {@code null} if the parameters are independent.
     *
     * @return the correlation
     */
    public Correlation correlation() {
        return correlation;
    }

    /**
     * Creates a sampler bound to a worker's streams.
     *
     * @param streams the worker's streams
     * @return a sampler for the worker's thread only
     */
    public Sampler newSampler(RunStreams streams) {
        return new Sampler(streams);
    }

    /**
     * Draws parameter values for the run the streams are positioned at. Holds per-worker scratch space and the
     * worker's stream handles: not thread-safe, one per worker thread.
     */
    public final class Sampler {
        private final RunStreams streams;
        /** Sobol coordinate of each uncertain parameter under quasi-random sampling, else -1. */
        private final int[] coordinate;
        private final UniformRandomProvider[] rngs;
        private final ZigguratSampler.NormalizedGaussian[] normals;
        private final boolean[] correlated;
        private final double[] z;
        private final double[] x;

        Sampler(RunStreams streams) {
            int n = parameters.size();
            this.streams = streams;
            coordinate = new int[n];
            int next = 0;
            for (int i = 0; i < n; i++) {
                coordinate[i] = sobol != null && isUncertain(i) ? next++ : -1;
            }
            rngs = new UniformRandomProvider[n];
            normals = new ZigguratSampler.NormalizedGaussian[n];
            correlated = new boolean[n];
            for (int i : correlatedIndex) {
                correlated[i] = true;
            }
            for (int i = 0; i < n; i++) {
                if (sobol == null && (correlated[i] || !(marginals.get(i) instanceof Distributions.Fixed))) {
                    rngs[i] = streams.component(streamIds[i]);
                    normals[i] = ZigguratSampler.NormalizedGaussian.of(rngs[i]);
                }
            }
            z = new double[correlatedIndex.length];
            x = new double[correlatedIndex.length];
        }

        /**
         * Fills one value per parameter for the run the streams are positioned at. Each value is a function of (seed,
         * run, the parameter's name, its marginal and the correlation) alone. A parameter fixed by the scenario (or
         * left at its default) draws nothing. Correlated parameters take standard normal scores from their own
         * streams, correlate them with the Cholesky factor of {@link Correlation#normalScoreFactor()}, and map them
         * through {@code inverseCdf(Phi(score))} of their marginals, with the probability kept inside
         * {@code [2^-53, 1 - 2^-53]}. Allocates nothing as long as the marginals' {@code sample} and
         * {@code inverseCdf} do not (those of {@link Distributions} do not). Under quasi-random sampling the
         * uniforms come from point {@link RunStreams#run()} of the scrambled Sobol sequence instead
         * (see {@link #withQuasiRandom}).
         *
         * @param out an array with at least one entry per parameter, in parameter order; entries past the last
         *        parameter are left alone
         */
        public void sample(double[] out) {
            if (sobol != null) {
                sampleQuasiRandom(out);
                return;
            }
            int n = correlated.length;
            for (int i = 0; i < n; i++) {
                if (!correlated[i]) {
                    Distribution d = marginals.get(i);
                    out[i] = rngs[i] == null ? d.inverseCdf(0.5) : d.sample(rngs[i]);
                }
            }
            int m = correlatedIndex.length;
            if (m == 0) {
                return;
            }
            for (int k = 0; k < m; k++) {
                z[k] = normals[correlatedIndex[k]].sample();
            }
            correlate(out);
        }

        private void sampleQuasiRandom(double[] out) {
            long run = streams.run();
            int n = correlated.length;
            for (int i = 0; i < n; i++) {
                if (!correlated[i]) {
                    Distribution d = marginals.get(i);
                    out[i] = coordinate[i] < 0 ? d.inverseCdf(0.5) : d.inverseCdf(sobol.coordinate(run,
                            coordinate[i]));
                }
            }
            int m = correlatedIndex.length;
            if (m == 0) {
                return;
            }
            for (int k = 0; k < m; k++) {
                z[k] = StandardNormal.quantile(sobol.coordinate(run, coordinate[correlatedIndex[k]]));
            }
            correlate(out);
        }

        /** Correlates the normal scores {@code z} and maps them through the correlated marginals into out. */
        private void correlate(double[] out) {
            int m = correlatedIndex.length;
            for (int k = 0; k < m; k++) {
                double s = 0;
                double[] row = factor[k];
                for (int j = 0; j <= k; j++) {
                    s += row[j] * z[j];
                }
                x[k] = s;
            }
            for (int k = 0; k < m; k++) {
                double u = StandardNormal.cdf(x[k]);
                int i = correlatedIndex[k];
                out[i] = marginals.get(i).inverseCdf(Math.min(Math.max(u, 0x1.0p-53), 1 - 0x1.0p-53));
            }
        }
    }
}
