package org.rsisim.models.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rsisim.core.RunStreams;

/**
 * Statistical checks of the per-generation process against closed forms. Every check uses a 5-sigma bound, a
 * false-failure rate of 5.7e-7 per check (two-sided normal tail), below 1e-4 over all checks of this class; the
 * seeds are fixed and printed in the messages.
 */
class FidelityProcessTest {
    private static final long SEED = 20_260_504L;

    private static FidelityProcess process(long seed) {
        RunStreams streams = RunStreams.create(seed);
        return new FidelityProcess(streams.component(0), streams.component(1));
    }

    @ParameterizedTest(name = "p = {0}, dispersion = {1}")
    @CsvSource({"0.95, 0.1", "0.999, 0.01", "0.3, 0.5", "0.6, 0.02", "0.5, 0.001"})
    void betaDrawHasMeanVarianceAndCdfOfItsBeta(double p, double dispersion) {
        FidelityProcess process = process(SEED);
        process.reset(p, dispersion, 0, 0, 0);
        int n = 200_000;
        double[] x = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            x[i] = process.drawFidelity();
            assertTrue(x[i] >= 0 && x[i] <= 1, "draw " + x[i] + " outside [0, 1], seed " + SEED);
            sum += x[i];
        }
        double mean = sum / n;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m4 /= n;
        double variance = dispersion * p * (1 - p);
        assertEquals(p, mean, 5 * Math.sqrt(variance / n), "mean, seed " + SEED);
        assertEquals(variance, m2, 5 * Math.sqrt((m4 - m2 * m2) / n), "variance, seed " + SEED);

        double k = 1 / dispersion - 1;
        BetaDistribution beta = new BetaDistribution(p * k, (1 - p) * k);
        for (double level = 0.1; level < 0.95; level += 0.2) {
            double q = beta.inverseCumulativeProbability(level);
            if (q >= 1) {
                continue; // the quantile is closer to 1 than a double can be: nothing to compare
            }
            long below = 0;
            for (double v : x) {
                if (v <= q) {
                    below++;
                }
            }
            assertEquals(level, (double) below / n, 5 * Math.sqrt(level * (1 - level) / n),
                    "P(q <= " + q + "), seed " + SEED);
        }
    }

    @ParameterizedTest(name = "p = {0}, dispersion = {1}")
    @CsvSource({"0.999, 0", "0.5, 0", "0, 0", "1, 0", "0.999, 4.9e-324", "0.5, 1e-310"})
    void dispersionZeroIsDeterministic(double p, double dispersion) {
        // a subnormal dispersion overflows the beta concentration: it must act as 0, never give NaN
        FidelityProcess process = process(SEED);
        process.reset(p, dispersion, 0, 0, 0);
        double f = 1;
        for (int g = 1; g <= 50; g++) {
            f = process.next(f, g);
            assertEquals(Math.pow(p, g), f, 1e-14);
        }
    }

    @ParameterizedTest(name = "d = {0}, c = {1}, awareness = {2}")
    @CsvSource({"0.5, 1, 0", "0.9, 0.5, 0", "1, 0.9, 0", "0.9, 0.9, 0.3", "0.3, 0.7, 2"})
    void oversightMatchesItsClosedForm(double d, double c, double awareness) {
        double p = 0.99;
        int generations = 20;
        double growth = 0.2;
        double expected = 1;
        for (int g = 1; g <= generations; g++) {
            double dEff = d * Math.exp(-awareness * g * growth);
            expected *= dEff * (1 - (1 - p) * (1 - c)) + (1 - dEff) * p;
        }
        FidelityProcess process = process(SEED);
        int runs = 100_000;
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < runs; r++) {
            process.reset(p, 0, d, c, awareness);
            double f = 1;
            for (int g = 1; g <= generations; g++) {
                f = process.next(f, g * growth);
            }
            sum += f;
            sumSq += f * f;
        }
        double mean = sum / runs;
        double se = Math.sqrt(Math.max(0, sumSq / runs - mean * mean) / runs);
        assertEquals(expected, mean, 5 * se + 1e-10, "E[F_20], seed " + SEED);
    }

    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"0", "0.4", "1"})
    void drawsTheSameNumbersWhateverTheOversight(double d) {
        RunStreams a = RunStreams.create(SEED);
        UniformRandomProvider drift = a.component(0);
        UniformRandomProvider oversight = a.component(1);
        FidelityProcess process = new FidelityProcess(drift, oversight);
        process.reset(0.95, 0.1, d, 0.5, 0.2);
        for (int g = 0; g < 100; g++) {
            process.next(1, g);
        }
        RunStreams b = RunStreams.create(SEED);
        FidelityProcess reference = new FidelityProcess(b.component(0), b.component(1));
        reference.reset(0.95, 0.1, 0.7, 0.9, 0);
        for (int g = 0; g < 100; g++) {
            reference.next(1, g);
        }
        assertEquals(b.component(0).nextLong(), drift.nextLong(), "drift stream position");
        assertEquals(b.component(1).nextLong(), oversight.nextLong(), "oversight stream position");
    }
}
