package org.rsisim.core.rare;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * Draws a run's parameters with the normal scores of the uncertain parameters shifted by a mean {@code mu}, and
 * returns the logarithm of the run's likelihood ratio. Per worker thread; allocation-free per run.
 *
 * <p>Every uncertain parameter {@code k} (in parameter order) has a standard normal score
 * {@code z_k = mu_k + e_k}, {@code e_k} from its own stream component (keyed by the parameter's name, see
 * {@link ParameterSpace#streamId}). An independent parameter takes {@code inverseCdf(Phi(z_k))}; correlated ones take
 * {@code inverseCdf(Phi((L z)_c))} with {@code L} the Cholesky factor of the copula, exactly as the experiment's
 * sampler maps normal scores. Under {@code mu = 0} the values have the experiment's joint distribution. The
 * likelihood ratio of the nominal normal density to the shifted one is
 * {@code w = exp(-mu.z + |mu|^2 / 2)}.
 */
final class TiltedParameters {
    /** The standard normal, whose CDF is the one the experiment's copula maps normal scores with. */
    private static final Distribution STANDARD_NORMAL = Distributions.normal(0, 1);
    private static final double U_MIN = 0x1.0p-53;
    private static final double U_MAX = 1 - 0x1.0p-53;

    private final ParameterSpace space;
    private final ZigguratSampler.NormalizedGaussian[] normals;
    private final double[] mu;
    private final double halfMuSquared;
    private final double[] x;

    TiltedParameters(ParameterSpace space, RunStreams streams, double[] mu) {
        this.space = space;
        int d = space.dimension();
        normals = new ZigguratSampler.NormalizedGaussian[d];
        for (int k = 0; k < d; k++) {
            normals[k] = ZigguratSampler.NormalizedGaussian.of(streams.component(space.streamId(k)));
        }
        this.mu = mu.clone();
        double s = 0;
        for (double m : mu) {
            s += m * m;
        }
        halfMuSquared = s / 2;
        x = new double[space.correlatedIndex().length];
    }

    /**
     * Fills the parameters of the run the streams are positioned at and the normal scores.
     *
     * @param out one value per parameter
     * @param z one normal score per uncertain parameter
     * @return the log likelihood ratio {@code -mu.z + |mu|^2 / 2}
     */
    double sample(double[] out, double[] z) {
        int d = mu.length;
        double dot = 0;
        for (int k = 0; k < d; k++) {
            z[k] = mu[k] + normals[k].sample();
            dot += mu[k] * z[k];
        }
        List<Distribution> marginals = space.marginals();
        int[] dimOf = space.dimensionOf();
        boolean[] correlated = space.correlated();
        for (int i = 0; i < out.length && i < dimOf.length; i++) {
            if (correlated[i]) {
                continue;
            }
            Distribution m = marginals.get(i);
            out[i] = m.inverseCdf(dimOf[i] < 0 ? 0.5 : phi(z[dimOf[i]]));
        }
        int[] ci = space.correlatedIndex();
        if (ci.length > 0) {
            double[][] factor = space.factor();
            for (int c = 0; c < ci.length; c++) {
                double s = 0;
                double[] row = factor[c];
                for (int j = 0; j <= c; j++) {
                    s += row[j] * z[dimOf[ci[j]]];
                }
                x[c] = s;
            }
            for (int c = 0; c < ci.length; c++) {
                out[ci[c]] = marginals.get(ci[c]).inverseCdf(phi(x[c]));
            }
        }
        return -dot + halfMuSquared;
    }

    /**
     * The standard normal CDF (the library's, accurate in both tails), kept inside {@code [2^-53, 1 - 2^-53]} as the
     * experiment's copula keeps it.
     */
    static double phi(double z) {
        double u = STANDARD_NORMAL.cdf(z);
        return Math.min(Math.max(u, U_MIN), U_MAX);
    }
}
