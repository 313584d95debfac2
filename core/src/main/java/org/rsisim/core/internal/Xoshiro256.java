package org.rsisim.core.internal;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A xoshiro256++ generator whose state can be set again in place from a 64-bit key, so that one object per
 * worker serves every run without allocation.
 *
 * <p>The key is expanded into the four state words with SplitMix64, as its authors recommend: keys that differ in
 * few bits give unrelated states. Not API: the package is not exported.
 */
public final class Xoshiro256 implements UniformRandomProvider {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long s0;
    private long s1;
    private long s2;
    private long s3;
    /** 0, or all ones when every output is complemented (the antithetic twin of the same key's sequence). */
    private long complement;

    /**
     * Creates a generator positioned at the given key.
     *
     * @param key seed key
     */
    public Xoshiro256(long key) {
        setKey(key);
    }

    /**
     * Re-seeds the generator in place.
     *
     * @param key seed key; each key gives an independent-looking sequence
     */
    public void setKey(long key) {
        long z = key;
        s0 = mix64(z += GOLDEN_GAMMA);
        s1 = mix64(z += GOLDEN_GAMMA);
        s2 = mix64(z += GOLDEN_GAMMA);
        s3 = mix64(z + GOLDEN_GAMMA);
    }

    /**
     * Sets whether every output word is complemented ({@code ~x}). A complemented stream replays the key's
     * sequence with each uniform {@code u} turned into {@code 1 - u} (exactly, for {@code (x >>> 11 + 0.5) 2^-53}),
     * which is how antithetic runs are made. Stays in force across {@link #setKey}.
     *
     * @param on {@code true} to complement
     */
    public void setComplement(boolean on) {
        complement = on ? -1L : 0L;
    }

    @Override
    public long nextLong() {
        final long result = Long.rotateLeft(s0 + s3, 23) + s0;
        final long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result ^ complement;
    }

    /**
     * The SplitMix64 finaliser (Stafford's variant 13): a bijection on 64-bit words with strong avalanche.
     *
     * @param z input word
     * @return mixed word
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Derives the key of one stream component of one run: a function of (seed, run, component) alone.
     *
     * @param seed experiment seed
     * @param run run index
     * @param component stream component id
     * @return the key
     */
    public static long key(long seed, long run, int component) {
        long k = mix64(seed ^ 0x6a09e667f3bcc909L);
        k = mix64(k + run * GOLDEN_GAMMA + 0x3c6ef372fe94f82bL);
        return mix64(k ^ (component * 0xd1b54a32d192ed03L + 0x510e527fade682d1L));
    }
}
