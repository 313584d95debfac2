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
import org.hipparchus.special.Erf;
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
    private final List<Parameter> parameters;
    private final List<Distribution> marginals;
    private final Correlation correlation;
    private final int[] correlatedIndex;
    private final double[][] factor;
    private final int[] streamIds;

    private JointDistribution(List<Parameter> parameters, List<Distribution> marginals, Correlation correlation,
                              int[] correlatedIndex, double[][] factor, int[] streamIds) {
        this.parameters = parameters;
        this.marginals = marginals;
        this.correlation = correlation;
        this.correlatedIndex = correlatedIndex;
        this.factor = factor;
        this.streamIds = streamIds;
    }

    /**
     * Builds the joint distribution of a parameter list.
     *
     * @param parameters the model's parameters, in order
     * @param chosen distributions chosen by the scenario, by parameter name; the others are fixed at their default
     * @param correlation rank correlations between some of the parameters, or {@code null} for none
     * @return the joint distribution
     * @throws IllegalArgumentException if a name is not a parameter, or a distribution's support is not inside the
     *         parameter's allowed range; the message names both
     */
    public static JointDistribution of(List<Parameter> parameters, Map<String, Distribution> chosen,
                                       Correlation correlation) {
        List<Parameter> params = List.copyOf(parameters);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            index.put(params.get(i).name(), i);
        }
        for (String name : chosen.keySet()) {
            if (!index.containsKey(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + index.keySet());
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
                throw new IllegalArgumentException("parameter " + p.name() + ": " + d + " has support [" + lo + ", "
                        + hi + "], which is not inside the allowed range " + p.range());
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
                factor, streamIds(params));
    }

    /** Gives each parameter a distinct negative stream id derived from its name. */
    private static int[] streamIds(List<Parameter> params) {
        int[] ids = new int[params.size()];
        Set<Integer> used = new HashSet<>();
        used.add(RunStreams.PARAMETERS);
        for (int i = 0; i < ids.length; i++) {
            int id = Integer.MIN_VALUE | params.get(i).name().hashCode();
            while (!used.add(id)) {
                id = Integer.MIN_VALUE | (id + 1);
            }
            ids[i] = id;
        }
        return ids;
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

    /** Draws parameter values for the run the streams are positioned at. One per worker thread. */
    public final class Sampler {
        private final UniformRandomProvider[] rngs;
        private final ZigguratSampler.NormalizedGaussian[] normals;
        private final boolean[] correlated;
        private final double[] z;
        private final double[] x;

        Sampler(RunStreams streams) {
            int n = parameters.size();
            rngs = new UniformRandomProvider[n];
            normals = new ZigguratSampler.NormalizedGaussian[n];
            correlated = new boolean[n];
            for (int i : correlatedIndex) {
                correlated[i] = true;
            }
            for (int i = 0; i < n; i++) {
                if (correlated[i] || !(marginals.get(i) instanceof Distributions.Fixed)) {
                    rngs[i] = streams.component(streamIds[i]);
                    normals[i] = ZigguratSampler.NormalizedGaussian.of(rngs[i]);
                }
            }
            z = new double[correlatedIndex.length];
            x = new double[correlatedIndex.length];
        }

        /**
         * Fills one value per parameter for the current run.
         *
         * @param out an array with one entry per parameter
         */
        public void sample(double[] out) {
            for (int i = 0; i < out.length; i++) {
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
            for (int k = 0; k < m; k++) {
                double s = 0;
                double[] row = factor[k];
                for (int j = 0; j <= k; j++) {
                    s += row[j] * z[j];
                }
                x[k] = s;
            }
            for (int k = 0; k < m; k++) {
                double u = 0.5 * Erf.erfc(-x[k] / Math.sqrt(2));
                int i = correlatedIndex[k];
                out[i] = marginals.get(i).inverseCdf(Math.min(Math.max(u, 0x1.0p-53), 1 - 0x1.0p-53));
            }
        }
    }
}
