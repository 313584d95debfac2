package org.rsisim.models.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.Experiment;
import org.rsisim.core.InvalidValueException;
import org.rsisim.core.Model;
import org.rsisim.core.RunProbe;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.SobolPoints;
import org.rsisim.core.stat.Estimate;

/**
 * Global sensitivity analysis: the Sobol first-order and total-effect indices of one {@link ScalarOutput} of an
 * experiment with respect to each of its uncertain parameters (those whose marginal is not a fixed value).
 *
 * <h2>Design</h2>
 * Saltelli's scheme (Saltelli et al. 2010, "Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index", Computer Physics Communications 181, 259-270): two {@code N x k}
 * matrices {@code A} and {@code B} of parameter values, and for each parameter {@code i} the matrix {@code AB_i},
 * which is {@code A} with column {@code i} taken from {@code B}; {@code N (k + 2)} model runs in all. Row {@code j}
 * of {@code [A | B]} is point {@code j} of a {@code 2k}-dimensional Sobol sequence randomised by a linear matrix
 * scramble and a digital shift seeded from the experiment's seed XOR a constant of this class (core's
 * {@link SobolPoints}: Hipparchus' {@code SobolSequenceGenerator} with Matoušek's scramble), mapped through each
 * marginal's inverse CDF.
 * {@code N} is a power of two, so the rows form a scrambled (t, m, 2k)-net.
 *
 * <h2>The model's own randomness</h2>
 * A stochastic model has random numbers besides its parameters. Row {@code j} of {@code A} and every row {@code j}
 * of {@code AB_i} run with the engine's random numbers of run {@code 2j}; row {@code j} of {@code B} with those of
 * run {@code 2j + 1}. So {@code f(A_j)} and {@code f(AB_i,j)} differ in parameter {@code i} alone, and
 * {@code f(B_j)} and {@code f(AB_i,j)} share parameter {@code i} alone, with independent noise. The noise then
 * behaves as one more, unnamed input: {@code Var(Y)} includes it, {@code S_i = Var(E[Y | X_i]) / Var(Y)} averages
 * it out, and {@code ST_i} counts the interactions of parameter {@code i} with it. (Sharing the noise between
 * {@code B} and {@code AB_i} as well would make the first-order estimator measure {@code X_i} and the noise
 * jointly, which overstates {@code S_i}.) For a deterministic model this is Saltelli's scheme unchanged.
 *
 * <h2>Estimators</h2>
 * With {@code f0} and {@code V} the mean and variance (divisor {@code 2n - 1}) of the {@code 2n} outputs of
 * {@code A} and {@code B}, Jansen's estimators (Jansen 1999, "Analysis of variance designs for model output",
 * Computer Physics Communications 117, 35-43; formulas (f) and (b) of Table 2 in Saltelli et al. 2010):
 * <pre>
 *   S_i  = 1 - (1 / 2n) sum_j (f(B)_j - f(AB_i)_j)^2 / V
 *   ST_i =     (1 / 2n) sum_j (f(A)_j - f(AB_i)_j)^2 / V
 * </pre>
 * A row in which any of its {@code k + 2} runs diverged, failed or did not record the output is dropped, and
 * {@code n} counts the rows kept. 95 % intervals come from the percentile bootstrap over rows: each resample draws
 * {@code n} rows with replacement with the generator the caller passes in and recomputes every estimator,
 * {@code V} included. Bootstrapping treats the quasi-random rows as independent, which overstates the error of
 * the point estimate (a randomised Sobol design is at least as accurate as independent rows), so the intervals
 * are conservative.
 *
 * <h2>Scope</h2>
 * Sobol indices decompose the variance of a function of <em>independent</em> inputs; an experiment with a
 * {@link org.rsisim.core.distribution.Correlation} is refused. The experiment's run count and precision target
 * are not used: {@code N} decides the runs. An instance is immutable and thread-safe; {@link #analyse} runs the
 * model on the configured number of threads, and its result is the same bits for any thread count.
 */
public final class SobolSensitivity {
    /** Mixed into the experiment seed to seed the design's scramble, apart from every other use of that seed. */
    private static final long DESIGN_SALT = 0x50B0_15EE_D5A1_7E5DL;
    private final Experiment experiment;
    private final ScalarOutput output;
    private final int baseSamples;
    private final int bootstrapResamples;
    private final int threads;
    private final int[] uncertain;
    private final double[] defaults;

    private SobolSensitivity(Builder b) {
        this.experiment = b.experiment;
        this.output = b.output.checkAgainst(b.experiment.model());
        this.baseSamples = b.baseSamples;
        this.bootstrapResamples = b.bootstrapResamples;
        this.threads = ProbeRunner.checkThreads(b.threads);
        if (!(baseSamples >= 16 && baseSamples <= (1 << 22) && Integer.bitCount(baseSamples) == 1)) {
            throw new IllegalArgumentException("base samples N = " + baseSamples
                    + " must be a power of two in [16, 4194304], so the Sobol rows form a balanced net");
        }
        if (!(bootstrapResamples >= 100 && bootstrapResamples <= 100_000)) {
            throw new IllegalArgumentException("bootstrap resamples = " + bootstrapResamples
                    + " is outside the allowed range [100, 100000]");
        }
        if (experiment.correlation() != null) {
            throw new IllegalArgumentException("experiment " + experiment.name() + " correlates "
                    + experiment.correlation().names() + ": Sobol indices decompose the variance of independent "
                    + "parameters only; remove the correlation to analyse the parameters as independent");
        }
        if (experiment.redraw() != null) {
            throw new InvalidValueException("experiment " + experiment.name() + " redraws rejected parameter "
                    + "draws (" + experiment.redraw() + "): the accepted draws are not independent, and Sobol "
                    + "indices decompose the variance of independent parameters only; remove the redraw to analyse "
                    + "the prior", Experiment.REDRAW, Double.NaN);
        }
        List<Distribution> marginals = experiment.jointDistribution().marginals();
        defaults = new double[marginals.size()];
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < marginals.size(); i++) {
            Distribution d = marginals.get(i);
            defaults[i] = d.inverseCdf(0.5);
            if (d.lower() < d.upper()) {
                list.add(i);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("experiment " + experiment.name()
                    + " has no uncertain parameter: every parameter is fixed, so there is no variance to share out");
        }
        uncertain = list.stream().mapToInt(Integer::intValue).toArray();
        long runs = (long) baseSamples * (uncertain.length + 2);
        if (runs > (1 << 28)) {
            throw new IllegalArgumentException("N (k + 2) = " + baseSamples + " x " + (uncertain.length + 2)
                    + " model runs exceed the limit of 268435456; lower N");
        }
    }

    /**
     * Starts describing an analysis of an experiment's output, with {@code N = 4096} rows, 1000 bootstrap resamples
     * and one thread.
     *
     * @param experiment the experiment: its model, parameter distributions and seed
     * @param output the metric or event indicator whose variance is decomposed
     * @return a builder
     */
    public static Builder builder(Experiment experiment, ScalarOutput output) {
        return new Builder(experiment, output);
    }

    /**
     * Returns the names of the uncertain parameters, in the model's order: the parameters the indices are about.
     *
     * @return an immutable list
     */
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        for (int i : uncertain) {
            names.add(experiment.model().parameters().get(i).name());
        }
        return List.copyOf(names);
    }

    /**
     * Returns the number of model runs an analysis makes, {@code N (k + 2)}.
     *
     * @return the run count
     */
    public long modelRuns() {
        return (long) baseSamples * (uncertain.length + 2);
    }

    /**
     * Runs the design and estimates the indices.
     *
     * @param bootstrapRng the generator of the bootstrap resamples; only the intervals and standard errors depend on
     *        it. It is used on the calling thread only
     * @return the indices with their intervals
     * @throws IllegalStateException if fewer than two rows completed (every dropped row is a run that diverged,
     *         failed or did not record the output)
     * @throws RuntimeException whatever the model throws outside a run
     */
    public SensitivityReport analyse(UniformRandomProvider bootstrapRng) {
        Objects.requireNonNull(bootstrapRng, "bootstrapRng");
        int n = baseSamples;
        int k = uncertain.length;
        List<Distribution> marginals = experiment.jointDistribution().marginals();
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        SobolPoints sobol = new SobolPoints(2 * k, experiment.seed() ^ DESIGN_SALT);
        double[] u = new double[2 * k];
        for (int j = 0; j < n; j++) {
            sobol.point(j, u);
            for (int i = 0; i < k; i++) {
                Distribution d = marginals.get(uncertain[i]);
                a[j][i] = d.inverseCdf(u[i]);
                b[j][i] = d.inverseCdf(u[k + i]);
            }
        }
        // f[0] = f(A), f[1] = f(B), f[2 + i] = f(AB_i)
        double[][] f = new double[k + 2][n];
        Model model = experiment.model();
        long seed = experiment.seed();
        ProbeRunner.run(n * (k + 2), threads, () -> {
            RunProbe probe = RunProbe.of(model, seed);
            double[] p = defaults.clone();
            return item -> {
                int j = item / (k + 2);
                int c = item % (k + 2);
                for (int i = 0; i < k; i++) {
                    p[uncertain[i]] = c == 1 || c == 2 + i ? b[j][i] : a[j][i];
                }
                long run = c == 1 ? 2L * j + 1 : 2L * j;
                double value;
                try {
                    value = probe.run(run, p) ? output.read(probe) : Double.NaN;
                } catch (RuntimeException e) {
                    value = Double.NaN;
                }
                f[c][j] = value;
            };
        });
        int[] kept = new int[n];
        int used = 0;
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int c = 0; c < k + 2; c++) {
                ok &= Double.isFinite(f[c][j]);
            }
            if (ok) {
                kept[used++] = j;
            }
        }
        if (used < 2) {
            throw new IllegalStateException("Sobol analysis of " + output + " in " + experiment.name() + ": only "
                    + used + " of " + n + " rows completed; every dropped row had a run that diverged, failed or "
                    + "did not record the output");
        }
        Rows rows = new Rows(f, Arrays.copyOf(kept, used), k);
        double[] point = rows.estimate(null);
        double[][] replicates = new double[2 * k][bootstrapResamples];
        int[] counts = new int[used];
        for (int r = 0; r < bootstrapResamples; r++) {
            Arrays.fill(counts, 0);
            for (int m = 0; m < used; m++) {
                counts[bootstrapRng.nextInt(used)]++;
            }
            double[] est = rows.estimate(counts);
            for (int q = 0; q < 2 * k; q++) {
                replicates[q][r] = est[q];
            }
        }
        List<SobolIndex> indices = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int p = uncertain[i];
            indices.add(new SobolIndex(model.parameters().get(p).name(), marginals.get(p).toString(),
                    interval(point[i], replicates[i]), interval(point[k + i], replicates[k + i])));
        }
        return new SensitivityReport(experiment.name(), output, indices, n, used, modelRuns(), rows.mean,
                rows.variance, bootstrapResamples, seed);
    }

    /** Builds an estimate from a point value and bootstrap replicates: their SD and 2.5 and 97.5 % quantiles. */
    private static Estimate interval(double value, double[] replicates) {
        if (!Double.isFinite(value)) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double mean = 0;
        for (double x : sorted) {
            mean += x;
        }
        mean /= sorted.length;
        double ss = 0;
        for (double x : sorted) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (sorted.length - 1));
        return new Estimate(value, sd, quantile(sorted, 0.025), quantile(sorted, 0.975));
    }

    /** The quantile of sorted data with linear interpolation between order statistics (Hyndman and Fan type 7). */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The outputs of the rows kept, with the per-row squared differences the estimators sum. */
    private static final class Rows {
        final int k;
        final int n;
        final double[] fa;
        final double[] fb;
        final double[][] toB;
        final double[][] toA;
        final double mean;
        final double variance;

        Rows(double[][] f, int[] kept, int k) {
            this.k = k;
            this.n = kept.length;
            fa = new double[n];
            fb = new double[n];
            toB = new double[k][n];
            toA = new double[k][n];
            double sum = 0;
            for (int m = 0; m < n; m++) {
                int j = kept[m];
                fa[m] = f[0][j];
                fb[m] = f[1][j];
                sum += fa[m] + fb[m];
                for (int i = 0; i < k; i++) {
                    double ab = f[2 + i][j];
                    toB[i][m] = (fb[m] - ab) * (fb[m] - ab);
                    toA[i][m] = (fa[m] - ab) * (fa[m] - ab);
                }
            }
            mean = sum / (2.0 * n);
            double ss = 0;
            for (int m = 0; m < n; m++) {
                ss += (fa[m] - mean) * (fa[m] - mean) + (fb[m] - mean) * (fb[m] - mean);
            }
            variance = ss / (2.0 * n - 1);
        }

        /**
         * Returns {@code S_1..S_k, ST_1..ST_k} over the rows, each row weighted by its count (all 1 when counts is
         * null). The variance uses sums shifted by the full-sample mean, which keeps them free of cancellation.
         */
        double[] estimate(int[] counts) {
            double w = 0;
            double s1 = 0;
            double s2 = 0;
            double[] sumB = new double[k];
            double[] sumA = new double[k];
            for (int m = 0; m < n; m++) {
                int c = counts == null ? 1 : counts[m];
                if (c == 0) {
                    continue;
                }
                w += c;
                double da = fa[m] - mean;
                double db = fb[m] - mean;
                s1 += c * (da + db);
                s2 += c * (da * da + db * db);
                for (int i = 0; i < k; i++) {
                    sumB[i] += c * toB[i][m];
                    sumA[i] += c * toA[i][m];
                }
            }
            double v = (s2 - s1 * s1 / (2 * w)) / (2 * w - 1);
            double[] out = new double[2 * k];
            for (int i = 0; i < k; i++) {
                out[i] = v > 0 ? 1 - sumB[i] / (2 * w * v) : Double.NaN;
                out[k + i] = v > 0 ? sumA[i] / (2 * w * v) : Double.NaN;
            }
            return out;
        }
    }

    /** Collects the settings of a {@link SobolSensitivity}; not thread-safe. */
    public static final class Builder {
        private final Experiment experiment;
        private final ScalarOutput output;
        private int baseSamples = 4096;
        private int bootstrapResamples = 1000;
        private int threads = 1;

        private Builder(Experiment experiment, ScalarOutput output) {
            this.experiment = Objects.requireNonNull(experiment, "experiment");
            this.output = Objects.requireNonNull(output, "output");
        }

        /**
         * @param value {@code N}, the rows of each design matrix: a power of two in {@code [16, 2^22]}; the analysis
         *        makes {@code N (k + 2)} model runs
         * @return this builder
         */
        public Builder baseSamples(int value) {
            this.baseSamples = value;
            return this;
        }

        /**
         * @param value bootstrap resamples for the intervals, in {@code [100, 100000]}
         * @return this builder
         */
        public Builder bootstrapResamples(int value) {
            this.bootstrapResamples = value;
            return this;
        }

        /**
         * @param value threads that run the model, in {@code [1, 4096]}; the result does not depend on it
         * @return this builder
         */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /**
         * Validates the settings.
         *
         * @return the analysis
         * @throws IllegalArgumentException if a setting is invalid, the output is not an observable of the right
         *         kind, the experiment correlates parameters, or no parameter is uncertain; the message names it
         */
        public SobolSensitivity build() {
            return new SobolSensitivity(this);
        }
    }
}
