package org.rsisim.core.rare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.JointDistribution;

/**
 * The standard-normal space of an experiment's uncertain parameters: which parameters have a normal score, in what
 * order, the copula's Cholesky factor, and the stream component each score is drawn from. Immutable.
 */
final class ParameterSpace {
    /** Mixed into the parameter names' hashes so that these streams differ from the experiment sampler's. */
    private static final long SALT = 0x6A09_E667_F3BC_C909L;

    private final List<Distribution> marginals;
    private final List<String> names;
    private final int[] dimensionOf;
    private final boolean[] correlated;
    private final int[] correlatedIndex;
    private final double[][] factor;
    private final int[] streamIds;

    /** A parameter is uncertain if it is correlated or its distribution has more than one point of support. */
    ParameterSpace(JointDistribution joint) {
        List<Parameter> params = joint.parameters();
        marginals = joint.marginals();
        int n = params.size();
        correlated = new boolean[n];
        Correlation correlation = joint.correlation();
        if (correlation != null) {
            correlatedIndex = new int[correlation.names().size()];
            for (int c = 0; c < correlatedIndex.length; c++) {
                String name = correlation.names().get(c);
                int i = 0;
                while (!params.get(i).name().equals(name)) {
                    i++;
                }
                correlatedIndex[c] = i;
                correlated[i] = true;
            }
            factor = correlation.normalScoreFactor();
        } else {
            correlatedIndex = new int[0];
            factor = new double[0][];
        }
        dimensionOf = new int[n];
        List<String> dims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (correlated[i] || !(marginals.get(i).lower() == marginals.get(i).upper())) {
                dimensionOf[i] = dims.size();
                dims.add(params.get(i).name());
            } else {
                dimensionOf[i] = -1;
            }
        }
        names = List.copyOf(dims);
        streamIds = new int[names.size()];
        Set<Integer> used = new HashSet<>();
        used.add(RunStreams.PARAMETERS);
        for (int k = 0; k < streamIds.length; k++) {
            int id = Integer.MIN_VALUE | (int) (hash(names.get(k)) >>> 33);
            while (!used.add(id)) {
                id = Integer.MIN_VALUE | (id + 1);
            }
            streamIds[k] = id;
        }
    }

    /** 64-bit FNV-1a of the name, salted and finalised with the SplitMix64 mixer. */
    private static long hash(String name) {
        long h = 0xcbf29ce484222325L ^ SALT;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** @return the number of uncertain parameters, the dimension of the normal space */
    int dimension() {
        return names.size();
    }

    /** @return the uncertain parameters' names, in parameter order */
    List<String> names() {
        return names;
    }

    /** @return the stream component of score {@code k}, negative and distinct */
    int streamId(int k) {
        return streamIds[k];
    }

    List<Distribution> marginals() {
        return marginals;
    }

    /** @return for each parameter, its score's index, or -1 for a fixed parameter */
    int[] dimensionOf() {
        return dimensionOf;
    }

    boolean[] correlated() {
        return correlated;
    }

    int[] correlatedIndex() {
        return correlatedIndex;
    }

    double[][] factor() {
        return factor;
    }
}
