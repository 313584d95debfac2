package org.rsisim.core.distribution;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Rank (Spearman) correlations between named parameters, imposed through a Gaussian copula.
 *
 * <p>The copula correlates standard normal variables with the Pearson matrix {@code R[i][j] = 2 sin(pi rho[i][j] / 6)},
 * which is the matrix whose normal scores have Spearman correlation {@code rho[i][j]}; each parameter is then the
 * inverse CDF of its marginal at the normal CDF of its score, so the marginals are kept exactly and the rank
 * correlations are those given. The matrix must be a valid correlation matrix: square, symmetric, with a unit
 * diagonal, entries in {@code [-1, 1]}, and positive definite, and so must the normal-score matrix {@code R} (both
 * checked by Cholesky factorisation, with pivots above 1e-10, so perfect correlations of +-1 are refused). Symmetry is
 * checked to within 1e-12; only the lower triangle is used.
 *
 * <p>Reference: the relation between the Spearman correlation of a bivariate normal and its Pearson correlation
 * {@code r}, {@code rho = (6 / pi) arcsin(r / 2)}, is Pearson's (1907); Iman and Conover (1982) popularised rank
 * correlation for Monte Carlo inputs. Immutable and thread-safe; {@link #matrix()} returns a copy.
 *
 * @param names the correlated parameters, in the row order of the matrix
 * @param matrix the rank correlation matrix
 */
public record Correlation(List<String> names, double[][] matrix) {
    private static final double SYMMETRY_TOLERANCE = 1e-12;

    /**
     * Validates and copies the matrix.
     *
     * @param names the correlated parameters, in the row order of the matrix; at least 2, distinct
     * @param matrix the rank correlation matrix, {@code n x n} for {@code n} names
     * @throws IllegalArgumentException naming the offending entry if the matrix is not a valid correlation matrix,
     *         if fewer than 2 names are given or a name repeats, or if the matrix is not {@code n x n}
     * @throws NullPointerException if the names, a name or the matrix is null
     */
    public Correlation {
        names = List.copyOf(names);
        Objects.requireNonNull(matrix, "matrix");
        int n = names.size();
        if (n < 2) {
            throw new IllegalArgumentException("correlation needs at least 2 parameters, got " + n);
        }
        if (new HashSet<>(names).size() != n) {
            throw new IllegalArgumentException("correlation names repeat: " + names);
        }
        if (matrix.length != n) {
            throw new IllegalArgumentException("correlation matrix has " + matrix.length + " rows for " + n
                    + " parameters " + names);
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new IllegalArgumentException("correlation matrix row " + i + " (" + names.get(i)
                        + ") does not have " + n + " entries");
            }
            copy[i] = matrix[i].clone();
        }
        for (int i = 0; i < n; i++) {
            if (copy[i][i] != 1) {
                throw new IllegalArgumentException("correlation matrix diagonal entry [" + i + "][" + i + "] ("
                        + names.get(i) + ") is " + copy[i][i] + ", must be 1");
            }
            for (int j = 0; j < n; j++) {
                double v = copy[i][j];
                if (!(v >= -1 && v <= 1)) {
                    throw new IllegalArgumentException("correlation between " + names.get(i) + " and "
                            + names.get(j) + " is " + v + ", must lie in [-1, 1]");
                }
                if (!(Math.abs(v - copy[j][i]) <= SYMMETRY_TOLERANCE)) {
                    throw new IllegalArgumentException("correlation matrix is not symmetric: [" + i + "][" + j
                            + "] = " + v + " but [" + j + "][" + i + "] = " + copy[j][i]);
                }
            }
        }
        int failed = failingPivot(copy);
        if (failed >= 0) {
            throw new IllegalArgumentException("rank correlation matrix for " + names + " is not positive definite:"
                    + " the correlations of " + names.get(failed) + " with " + names.subList(0, failed)
                    + " contradict the others (or make it a linear function of them); no joint distribution has"
                    + " these rank correlations");
        }
        failed = failingPivot(pearson(copy));
        if (failed >= 0) {
            throw new IllegalArgumentException("rank correlation matrix for " + names + " is valid, but its normal-"
                    + "score matrix 2 sin(pi rho / 6) is not positive definite (at " + names.get(failed)
                    + "), so no Gaussian copula has these rank correlations");
        }
        matrix = copy;
    }

    /**
     * Returns the rank correlation matrix.
     *
     * @return a fresh copy, rows in the order of {@link #names()}
     */
    @Override
    public double[][] matrix() {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * Returns the lower-triangular Cholesky factor {@code L} of the normal-score correlation matrix, so that
     * {@code L z} has that correlation when {@code z} is a vector of independent standard normals.
     *
     * @return the factor, a fresh array
     */
    public double[][] normalScoreFactor() {
        return cholesky(pearson(matrix));
    }

    private static double[][] pearson(double[][] rank) {
        int n = rank.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? 1 : 2 * Math.sin(Math.PI * rank[i][j] / 6);
            }
        }
        return r;
    }

    /** Returns the lower-triangular Cholesky factor of a matrix already known to be positive definite. */
    private static double[][] cholesky(double[][] a) {
        double[][] l = new double[a.length][a.length];
        factorise(a, l);
        return l;
    }

    /**
     * Returns the index of the first pivot at which the Cholesky factorisation fails (the matrix is not numerically
     * positive definite: a pivot at or below 1e-10), or -1 if it succeeds.
     */
    private static int failingPivot(double[][] a) {
        return factorise(a, new double[a.length][a.length]);
    }

    /** Writes the Cholesky factor of {@code a} into {@code l}; returns the failing pivot, or -1. */
    private static int factorise(double[][] a, double[][] l) {
        int n = a.length;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-10)) {
                return j;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correlation c && names.equals(c.names) && Arrays.deepEquals(matrix, c.matrix);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "correlation(" + names + ", " + Arrays.deepToString(matrix) + ")";
    }
}
