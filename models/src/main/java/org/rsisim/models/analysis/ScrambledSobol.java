package org.rsisim.models.analysis;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Randomised Sobol points in {@code (0, 1)^d}: Hipparchus' Sobol sequence (Joe and Kuo direction numbers, 52 bits
 * per coordinate) with a random linear matrix scramble and a random digital shift (Matoušek 1998, "On the L2
 * discrepancy for anchored boxes", J. Complexity 14; also Owen 2003, "Variance with alternative scramblings of
 * digital nets").
 *
 * <p>Each coordinate of point {@code j} is a 52-digit binary fraction {@code x = 0.x1 x2 ... x52}. Its scrambled
 * digits are {@code y_r = x_r + sum_{s<r} L_rs x_s + e_r (mod 2)} with {@code L} a random lower-triangular binary
 * matrix with unit diagonal and {@code e} a random digit vector, both drawn per coordinate from a SplitMix64
 * generator seeded by {@code seed}. Because digit {@code r} of the output depends on digits {@code 1..r} of the
 * input only, and {@code L} is invertible, points sharing an elementary dyadic interval still share one after the
 * scramble: the {@code (t, m, s)}-net property of the first {@code 2^m} points is kept, while each point becomes
 * uniformly distributed on the grid of {@code 2^-52} cells, which makes estimates built from the points unbiased.
 * The coordinate returned is the cell's midpoint {@code (y + 1/2) 2^-52}, strictly inside (0, 1), so inverse CDFs of
 * unbounded distributions stay finite.
 *
 * <p>Not thread-safe; the points are a function of (dimension, seed) alone.
 */
final class ScrambledSobol {
    private static final int BITS = 52;
    private static final double SCALE = 0x1.0p52;
    private static final long MASK = (1L << BITS) - 1;
    /** Separates the design's generator from every other use of the same experiment seed. */
    private static final long SALT = 0x50B0_15EE_D5A1_7E5DL;

    private final int dimension;
    private final SobolSequenceGenerator sobol;
    /** {@code rows[d][r]}: bits of row r of coordinate d's matrix, over the input digits (bit 51 = digit 1). */
    private final long[][] rows;
    private final long[] shifts;

    /**
     * Creates the generator.
     *
     * @param dimension number of coordinates, in {@code [1, 21201]} (the range of Hipparchus' direction numbers)
     * @param seed seed of the scramble
     * @throws IllegalArgumentException if the dimension is outside that range
     */
    ScrambledSobol(int dimension, long seed) {
        if (dimension < 1 || dimension > 21201) {
            throw new IllegalArgumentException("Sobol dimension " + dimension + " is outside [1, 21201]");
        }
        this.dimension = dimension;
        try {
            this.sobol = new SobolSequenceGenerator(dimension);
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("Sobol dimension " + dimension + ": " + e.getMessage(), e);
        }
        UniformRandomProvider rng = new SplitMix64(seed ^ SALT);
        rows = new long[dimension][BITS];
        shifts = new long[dimension];
        for (int d = 0; d < dimension; d++) {
            for (int r = 0; r < BITS; r++) {
                long digit = 1L << (BITS - 1 - r);
                long above = MASK & ~((digit << 1) - 1);
                rows[d][r] = digit | (rng.nextLong() & above);
            }
            shifts[d] = rng.nextLong() & MASK;
        }
    }

    /**
     * Returns the number of coordinates.
     *
     * @return the dimension
     */
    int dimension() {
        return dimension;
    }

    /**
     * Writes the next point.
     *
     * @param out an array of at least {@link #dimension()} entries; each is set to a value in (0, 1)
     */
    void next(double[] out) {
        double[] x = sobol.nextVector();
        for (int d = 0; d < dimension; d++) {
            long bits = (long) (x[d] * SCALE);
            long[] row = rows[d];
            long y = 0;
            for (int r = 0; r < BITS; r++) {
                y |= (long) (Long.bitCount(bits & row[r]) & 1) << (BITS - 1 - r);
            }
            y ^= shifts[d];
            out[d] = (y + 0.5) / SCALE;
        }
    }
}
