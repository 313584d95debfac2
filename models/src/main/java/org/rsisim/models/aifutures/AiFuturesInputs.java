package org.rsisim.models.aifutures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The input series of the AI Futures Project's timelines-and-takeoff model: human researchers, inference compute,
 * experiment compute and the growth rate of training compute, once a year from 2012 to 2050. The bundled series is
 * the resource {@code org/rsisim/models/aifutures/input-data.csv}, their file {@code input_data.csv} of
 * {@code brendanhalstead/ai-progress-rates} at commit {@code 786c6655} (15 October 2025), values unchanged; its
 * header comment names the columns and their units.
 *
 * <p>Between knots a positive series is interpolated linearly in its logarithm, the growth rate of training compute
 * linearly, both held constant outside the knots (NumPy's {@code interp}, as their code does). Their Monte Carlo
 * replaces the growth-rate column by a constant rate before a slowdown year and another from it on, at the knots
 * ({@link #withTrainingComputeGrowth}).
 *
 * <p>Immutable and thread-safe; the arrays it hands to {@link AiFuturesDynamics} are never written.
 */
public final class AiFuturesInputs {
    /** The resource name, beside this class. */
    public static final String RESOURCE = "input-data.csv";

    private static volatile AiFuturesInputs bundled;

    final double[] time;
    final double[] humanLabor;
    final double[] inferenceCompute;
    final double[] experimentCompute;
    final double[] trainingComputeGrowthRate;
    final double[] logHumanLabor;
    final double[] logInferenceCompute;
    final double[] logExperimentCompute;

    private AiFuturesInputs(double[] time, double[] humanLabor, double[] inferenceCompute,
            double[] experimentCompute, double[] trainingComputeGrowthRate) {
        int n = time.length;
        if (n < 2) {
            throw new IllegalArgumentException("input series need at least 2 knots, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && !(time[i] > time[i - 1])) {
                throw new IllegalArgumentException("input series time[" + i + "] = " + time[i]
                        + " is not after time[" + (i - 1) + "] = " + time[i - 1]);
            }
            requirePositive("L_HUMAN", i, humanLabor[i]);
            requirePositive("inference_compute", i, inferenceCompute[i]);
            requirePositive("experiment_compute", i, experimentCompute[i]);
            if (!Double.isFinite(trainingComputeGrowthRate[i])) {
                throw new IllegalArgumentException("training_compute_growth_rate[" + i + "] = "
                        + trainingComputeGrowthRate[i] + " is not finite");
            }
        }
        this.time = time;
        this.humanLabor = humanLabor;
        this.inferenceCompute = inferenceCompute;
        this.experimentCompute = experimentCompute;
        this.trainingComputeGrowthRate = trainingComputeGrowthRate;
        this.logHumanLabor = log(humanLabor);
        this.logInferenceCompute = log(inferenceCompute);
        this.logExperimentCompute = log(experimentCompute);
    }

    private static void requirePositive(String name, int i, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + "[" + i + "] = " + v + " is outside (0, +inf)");
        }
    }

    private static double[] log(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.log(x[i]);
        }
        return y;
    }

    /**
     * Creates input series from arrays (copied).
     *
     * @param time knot dates, strictly increasing, at least two
     * @param humanLabor {@code L_HUMAN}, positive
     * @param inferenceCompute {@code inference_compute}, positive
     * @param experimentCompute {@code experiment_compute}, positive
     * @param trainingComputeGrowthRate {@code training_compute_growth_rate}, OOMs per year, finite (a negative
     *        rate counts as 0 in the dynamics, as in their code)
     * @return the series
     * @throws IllegalArgumentException naming the series, the index and the value when one is out of range, or if
     *         the lengths differ
     */
    public static AiFuturesInputs of(double[] time, double[] humanLabor, double[] inferenceCompute,
            double[] experimentCompute, double[] trainingComputeGrowthRate) {
        int n = time.length;
        if (humanLabor.length != n || inferenceCompute.length != n || experimentCompute.length != n
                || trainingComputeGrowthRate.length != n) {
            throw new IllegalArgumentException("input series lengths differ");
        }
        return new AiFuturesInputs(time.clone(), humanLabor.clone(), inferenceCompute.clone(),
                experimentCompute.clone(), trainingComputeGrowthRate.clone());
    }

    /**
     * Returns the bundled series (parsed once).
     *
     * @return the series of {@code input_data.csv}
     * @throws UncheckedIOException if the resource cannot be read
     * @throws IllegalStateException if a line is malformed; the message gives the line number
     */
    public static AiFuturesInputs bundled() {
        AiFuturesInputs b = bundled;
        if (b == null) {
            b = read();
            bundled = b;
        }
        return b;
    }

    private static AiFuturesInputs read() {
        try (InputStream in = AiFuturesInputs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 5 fields, got "
                            + f.length);
                }
                double[] row = new double[5];
                for (int k = 0; k < 5; k++) {
                    try {
                        row[k] = Double.parseDouble(f[k].trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(RESOURCE + " line " + number + ": '" + f[k]
                                + "' is not a number", e);
                    }
                }
                rows.add(row);
            }
            int n = rows.size();
            double[][] c = new double[5][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 5; k++) {
                    c[k][i] = rows.get(i)[k];
                }
            }
            return new AiFuturesInputs(c[0], c[1], c[2], c[3], c[4]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns these series with the growth rate of training compute replaced as their time-series generator does:
     * {@code constant} at every knot before {@code slowdownYear}, {@code postSlowdown} at the others.
     *
     * @param constant {@code constant_training_compute_growth_rate}, OOMs per year, finite
     * @param slowdownYear {@code slowdown_year}, not NaN
     * @param postSlowdown {@code post_slowdown_training_compute_growth_rate}, OOMs per year, finite
     * @return new series sharing the other columns
     * @throws IllegalArgumentException naming the argument if one is out of range
     */
    public AiFuturesInputs withTrainingComputeGrowth(double constant, double slowdownYear, double postSlowdown) {
        double[] g = new double[time.length];
        fillTrainingComputeGrowth(constant, slowdownYear, postSlowdown, g);
        return new AiFuturesInputs(time, humanLabor, inferenceCompute, experimentCompute, g);
    }

    /**
     * Writes the replaced growth-rate column into {@code out} (no allocation), as
     * {@link #withTrainingComputeGrowth} does.
     *
     * @param constant rate before the slowdown year
     * @param slowdownYear the slowdown year
     * @param postSlowdown rate from the slowdown year on
     * @param out array of {@link #size()} values
     */
    void fillTrainingComputeGrowth(double constant, double slowdownYear, double postSlowdown, double[] out) {
        if (!Double.isFinite(constant)) {
            throw new IllegalArgumentException("constant_training_compute_growth_rate = " + constant
                    + " is not finite");
        }
        if (!Double.isFinite(postSlowdown)) {
            throw new IllegalArgumentException("post_slowdown_training_compute_growth_rate = " + postSlowdown
                    + " is not finite");
        }
        if (Double.isNaN(slowdownYear)) {
            throw new IllegalArgumentException("slowdown_year = NaN");
        }
        for (int i = 0; i < time.length; i++) {
            out[i] = time[i] < slowdownYear ? constant : postSlowdown;
        }
    }

    /**
     * Returns the number of knots.
     *
     * @return the number of yearly knots
     */
    public int size() {
        return time.length;
    }

    /**
     * Returns the date of a knot.
     *
     * @param i the knot index, in {@code [0, size())}
     * @return the decimal year
     */
    public double time(int i) {
        return time[i];
    }

    /**
     * Returns the growth rate of training compute at a knot.
     *
     * @param i the knot index, in {@code [0, size())}
     * @return OOMs per year
     */
    public double trainingComputeGrowthRate(int i) {
        return trainingComputeGrowthRate[i];
    }

    /**
     * Returns the number of human researchers at a knot.
     *
     * @param i the knot index, in {@code [0, size())}
     * @return {@code L_HUMAN}
     */
    public double humanLabor(int i) {
        return humanLabor[i];
    }
}
