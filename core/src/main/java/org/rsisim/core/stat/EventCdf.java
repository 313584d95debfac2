package org.rsisim.core.stat;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The whole cumulative distribution of an event's time, {@code P(T <= t)}, over all counted runs (runs that never
 * had the event stay in the denominator), read from the exact-count histogram of the event times: one point per
 * non-empty bucket, with a pointwise Wilson 95 % interval and a simultaneous band that covers the whole curve at
 * once.
 *
 * <p>A bucket whose event times are all one time gives the point {@code (t, P(T <= t))} exactly; a bucket of several
 * times gives its upper edge with the fraction of runs whose time is below that edge (the edge is within
 * {@code 2^-9} of the bucket's times, relative). Between points the empirical distribution is flat.
 *
 * <p>The band is the Dvoretzky-Kiefer-Wolfowitz band with Massart's constant (Massart 1990, <i>The Annals of
 * Probability</i> 18(3)): {@code |F_n(t) - F(t)| <= eps} for every {@code t} at once with probability at least
 * {@code 1 - alpha}, {@code eps = sqrt(ln(2 / alpha) / (2 n))}, for any distribution ({@link #bandKind()}
 * {@value #DKW}). With antithetic pairs the runs are not independent, but the first runs of the pairs are, and so are
 * the second ones: the band applies DKW to each half with {@code alpha / 2}, {@code eps = sqrt(ln(4 / alpha) /
 * (2 m))} for {@code m} pairs, and widens by the share of runs outside complete pairs ({@value #DKW_PAIRS}). The
 * pointwise intervals of paired runs are Wilson's with the number of pairs as the number of trials, since a pair's
 * average varies no more than one run.
 *
 * @param time the points' times, increasing (with the event's origin added)
 * @param p {@code P(T <= time[j])}
 * @param lower lower pointwise Wilson 95 % bound
 * @param upper upper pointwise Wilson 95 % bound
 * @param bandKind how the simultaneous band was made: {@value #DKW} or {@value #DKW_PAIRS}
 * @param bandConfidence the band's simultaneous confidence, such as 0.95
 * @param bandHalfWidth the band's half-width {@code eps}: the band is {@code [max(0, p - eps), min(1, p + eps)]};
 *        NaN with no runs
 */
public record EventCdf(double[] time, double[] p, double[] lower, double[] upper, String bandKind,
                       double bandConfidence, double bandHalfWidth) implements Serializable {
    /** {@link #bandKind()} of independent runs. */
    public static final String DKW = "DKW";
    /** {@link #bandKind()} of antithetic pairs. */
    public static final String DKW_PAIRS = "DKW-pairs";

    /**
     * Copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public EventCdf {
        time = time.clone();
        p = p.clone();
        lower = lower.clone();
        upper = upper.clone();
        if (p.length != time.length || lower.length != time.length || upper.length != time.length) {
            throw new IllegalArgumentException("time, p, lower and upper differ in length");
        }
    }

    /**
     * A curve of no points, for an event summary that has none.
     *
     * @return the empty curve
     */
    public static EventCdf empty() {
        return new EventCdf(new double[0], new double[0], new double[0], new double[0], DKW, Double.NaN,
                Double.NaN);
    }

    /**
     * The DKW half-width for independent runs.
     *
     * @param runs counted runs, {@code >= 1}
     * @param confidence the simultaneous confidence, in {@code (0, 1)}
     * @return {@code sqrt(ln(2 / alpha) / (2 runs))}
     */
    public static double dkwHalfWidth(long runs, double confidence) {
        return Math.sqrt(Math.log(2 / (1 - confidence)) / (2.0 * runs));
    }

    /**
     * The band's half-width for runs in antithetic pairs: DKW on each half of the pairs at {@code alpha / 2},
     * widened by the runs outside complete pairs.
     *
     * @param runs counted runs
     * @param pairs complete pairs among them, {@code 1 <= 2 pairs <= runs}
     * @param confidence the simultaneous confidence, in {@code (0, 1)}
     * @return {@code (2 m / n) sqrt(ln(4 / alpha) / (2 m)) + (n - 2 m) / n}
     */
    public static double pairedHalfWidth(long runs, long pairs, double confidence) {
        double eps = Math.sqrt(Math.log(4 / (1 - confidence)) / (2.0 * pairs));
        return (2.0 * pairs / runs) * eps + (double) (runs - 2 * pairs) / runs;
    }

    /**
     * Returns the band's lower edge at each point.
     *
     * @return {@code max(0, p - eps)} per point
     */
    public double[] bandLower() {
        double[] out = new double[p.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = Math.max(0, p[j] - bandHalfWidth);
        }
        return out;
    }

    /**
     * Returns the band's upper edge at each point.
     *
     * @return {@code min(1, p + eps)} per point
     */
    public double[] bandUpper() {
        double[] out = new double[p.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = Math.min(1, p[j] + bandHalfWidth);
        }
        return out;
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    @Override
    public double[] p() {
        return p.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventCdf c && Arrays.equals(time, c.time) && Arrays.equals(p, c.p)
                && Arrays.equals(lower, c.lower) && Arrays.equals(upper, c.upper) && bandKind.equals(c.bandKind)
                && Double.compare(bandConfidence, c.bandConfidence) == 0
                && Double.compare(bandHalfWidth, c.bandHalfWidth) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(time) * 31 + Arrays.hashCode(p);
    }

    @Override
    public String toString() {
        return "EventCdf[" + time.length + " points, " + bandKind + " +/-" + bandHalfWidth + "]";
    }
}
