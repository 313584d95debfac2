package org.rsisim.core.internal;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Randomised Sobol points with random access by index: point {@code n} of a {@code d}-dimensional Sobol sequence
 * (Hipparchus' Joe-Kuo direction numbers, 52 bits per coordinate) under a random linear matrix scramble and a
 * random digital shift (Matoušek 1998, "On the L2 discrepancy for anchored boxes", J. Complexity 14).
 *
 * <p>Hipparchus orders the points by Gray code: point {@code n} is the XOR of the direction numbers {@code v_k}
 * over the set bits {@code k} of {@code n ^ (n >>> 1)}. The scramble {@code y = L x + e} over GF(2), with {@code L}
 * a random lower-triangular binary matrix with unit diagonal and {@code e} a random digit vector, is linear, so it
 * is applied once to the direction numbers ({@code L v_k}) and point {@code n} is {@code e} XOR the scrambled
 * directions of its Gray code: a function of {@code (seed, n)} alone, computed without allocation in at most 31
 * XORs per coordinate. The scramble keeps the net property of every block of {@code 2^m} consecutive points and
 * makes each point uniform on the grid of {@code 2^-52} cells, so means over the points are unbiased. Coordinates
 * are cell midpoints {@code (y + 1/2) 2^-52}, strictly inside (0, 1).
 *
 * <p>Immutable and thread-safe after construction. Not API: the package is not exported.
 */
public final class SobolPoints {
    /** Points {@code 0 .. MAX_INDEX} are available; point indices are run indices. */
    public static final long MAX_INDEX = (1L << 31) - 1;
    private static final int BITS = 52;
    private static final int DIRECTIONS = 31;
    private static final double SCALE = 0x1.0p52;
    private static final long MASK = (1L << BITS) - 1;
    private static final long SALT = 0x2545_F491_4F6C_DD1DL;

    private final int dimension;
    /** {@code directions[d][k]}: the scrambled direction number of bit k of the Gray code, coordinate d. */
    private final long[][] directions;
    private final long[] shifts;

    /**
     * Creates the points of a dimension and a scramble seed.
     *
     * @param dimension number of coordinates, in {@code [1, 1000]}
     * @param seed seed of the scramble; any value
     * @throws IllegalArgumentException if the dimension is outside that range
     */
    public SobolPoints(int dimension, long seed) {
        if (dimension < 1 || dimension > 1000) {
            throw new IllegalArgumentException("Sobol dimension " + dimension + " is outside [1, 1000]");
        }
        this.dimension = dimension;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimension);
        long[][] raw = new long[dimension][DIRECTIONS];
        for (int k = 0; k < DIRECTIONS; k++) {
            // the point whose Gray code is 1 << k is n = 2^(k+1) - 1
            double[] x = sobol.skipTo((int) ((1L << (k + 1)) - 1));
            for (int d = 0; d < dimension; d++) {
                raw[d][k] = (long) (x[d] * SCALE);
            }
        }
        Xoshiro256 rng = new Xoshiro256(Xoshiro256.mix64(seed ^ SALT));
        directions = new long[dimension][DIRECTIONS];
        shifts = new long[dimension];
        long[] rows = new long[BITS];
        for (int d = 0; d < dimension; d++) {
            for (int r = 0; r < BITS; r++) {
                long digit = 1L << (BITS - 1 - r);
                long above = MASK & ~((digit << 1) - 1);
                rows[r] = digit | (rng.nextLong() & above);
            }
            shifts[d] = rng.nextLong() & MASK;
            for (int k = 0; k < DIRECTIONS; k++) {
                long v = raw[d][k];
                long y = 0;
                for (int r = 0; r < BITS; r++) {
                    y |= (long) (Long.bitCount(v & rows[r]) & 1) << (BITS - 1 - r);
                }
                directions[d][k] = y;
            }
        }
    }

    /**
     * Returns the number of coordinates.
     *
     * @return the dimension
     */
    public int dimension() {
        return dimension;
    }

    /**
     * Returns one coordinate of one point. Allocation-free.
     *
     * @param index the point, in {@code [0, MAX_INDEX]} (not checked)
     * @param coordinate the coordinate, in {@code [0, dimension)}
     * @return a value in (0, 1)
     */
    public double coordinate(long index, int coordinate) {
        long gray = index ^ (index >>> 1);
        long[] v = directions[coordinate];
        long y = shifts[coordinate];
        for (int k = 0; gray != 0; k++, gray >>>= 1) {
            if ((gray & 1) != 0) {
                y ^= v[k];
            }
        }
        return (y + 0.5) / SCALE;
    }
}
