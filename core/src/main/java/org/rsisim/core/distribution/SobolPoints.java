package org.rsisim.core.distribution;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Randomised Sobol points with random access by index: point {@code n} of a {@code d}-dimensional Sobol sequence
 * (Hipparchus' {@code SobolSequenceGenerator}: Joe and Kuo's direction numbers, 52 bits per coordinate) under a
 * random linear matrix scramble and a random digital shift (Matoušek 1998, "On the L2 discrepancy for anchored
 * boxes", J. Complexity 14; Owen 2003, "Variance with alternative scramblings of digital nets", ACM TOMACS 13).
 * The one implementation of low-discrepancy points in rsisim: quasi-random parameters
 * ({@link JointDistribution#withQuasiRandom}) and designs such as Saltelli's for Sobol indices use it.
 *
 * <h2>Definition</h2>
 * Each coordinate of a point is a 52-digit binary fraction {@code x = 0.x1 x2 ... x52}. Its scrambled digits are
 * {@code y_r = x_r + sum_{s<r} L_rs x_s + e_r (mod 2)}, with {@code L} a random lower-triangular binary matrix with
 * unit diagonal and {@code e} a random digit vector, drawn per coordinate from a SplitMix64 generator (Steele, Lea
 * and Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA; the same sequence as Commons RNG's
 * {@code SplitMix64} seeded with {@code seed}): for coordinate 0, then 1, ..., 52 words for the rows of {@code L}
 * (row {@code r} takes the bits of one word above its diagonal digit) and then one word for {@code e}. Because
 * digit {@code r} of the output depends on digits {@code 1..r} of the input only and {@code L} is invertible, every
 * block of {@code 2^m} consecutive points starting at a multiple of {@code 2^m} keeps the net property of the
 * unscrambled sequence, while each point becomes uniform on the grid of {@code 2^-52} cells, so means over the
 * points are unbiased. A coordinate is its cell's midpoint {@code (y + 1/2) 2^-52}, strictly inside (0, 1), so
 * inverse CDFs of unbounded distributions stay finite.
 *
 * <h2>Random access</h2>
 * Hipparchus orders the points by Gray code: point {@code n} is the XOR of the direction numbers {@code v_k} over
 * the set bits {@code k} of {@code n ^ (n >>> 1)}. The scramble is linear over GF(2), so it is applied once to the
 * direction numbers ({@code L v_k}) and point {@code n} is {@code e} XOR the scrambled directions of its Gray code:
 * a function of {@code (dimension, seed, n)} alone, computed without allocation in at most 31 XORs per coordinate,
 * and the same bits as scrambling Hipparchus' {@code n}-th vector.
 *
 * <h2>Seeds</h2>
 * The scramble depends on the seed alone. A caller that derives the seed from an experiment's seed should mix in a
 * constant of its own (XOR), so that two uses of the same experiment seed get unrelated scrambles.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class SobolPoints {
    /** Points {@code 0 .. MAX_INDEX} are available. */
    public static final long MAX_INDEX = (1L << 31) - 1;
    /** The largest dimension: the number of Hipparchus' direction number sets. */
    public static final int MAX_DIMENSION = 21201;
    private static final int BITS = 52;
    private static final int DIRECTIONS = 31;
    private static final double SCALE = 0x1.0p52;
    private static final long MASK = (1L << BITS) - 1;
    /** SplitMix64's increment, the odd integer nearest {@code 2^64 / phi}. */
    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private final int dimension;
    /** {@code directions[d][k]}: the scrambled direction number of bit k of the Gray code, coordinate d. */
    private final long[][] directions;
    private final long[] shifts;

    /**
     * Creates the points of a dimension and a scramble seed. Costs {@code O(dimension)} time and memory (31 longs
     * per coordinate), once.
     *
     * @param dimension number of coordinates, in {@code [1, }{@value #MAX_DIMENSION}{@code ]}
     * @param seed seed of the scramble; any value
     * @throws IllegalArgumentException if the dimension is outside that range
     */
    public SobolPoints(int dimension, long seed) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("Sobol dimension " + dimension + " is outside the allowed range [1, "
                    + MAX_DIMENSION + "]");
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
        long state = seed;
        directions = new long[dimension][DIRECTIONS];
        shifts = new long[dimension];
        long[] rows = new long[BITS];
        for (int d = 0; d < dimension; d++) {
            for (int r = 0; r < BITS; r++) {
                long digit = 1L << (BITS - 1 - r);
                long above = MASK & ~((digit << 1) - 1);
                state += GOLDEN_GAMMA;
                rows[r] = digit | (mix(state) & above);
            }
            state += GOLDEN_GAMMA;
            shifts[d] = mix(state) & MASK;
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

    /** SplitMix64's output function (Stafford's "Mix13"). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
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
     * Returns one coordinate of one point. Allocation-free; the arguments are not checked, so that the call can sit
     * in a per-run loop (check them once where they are chosen).
     *
     * @param index the point, in {@code [0, }{@value #MAX_INDEX}{@code ]}
     * @param coordinate the coordinate, in {@code [0, dimension())}
     * @return a value in (0, 1)
     * @throws ArrayIndexOutOfBoundsException if the coordinate is outside its range; an index outside its range
     *         gives an unspecified value
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

    /**
     * Writes every coordinate of one point. Allocation-free; the index is not checked.
     *
     * @param index the point, in {@code [0, }{@value #MAX_INDEX}{@code ]}
     * @param out receives coordinate {@code d} at {@code out[d]}, for {@code d < dimension()}; each in (0, 1)
     * @throws ArrayIndexOutOfBoundsException if {@code out} is shorter than the dimension
     */
    public void point(long index, double[] out) {
        for (int d = 0; d < dimension; d++) {
            out[d] = coordinate(index, d);
        }
    }
}
