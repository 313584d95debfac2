package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.Proportion;

/**
 * Coverage of the engine's 95 % intervals on a model with known answers, over 1,000 independent replications
 * (seeds 1 to 1000), each an experiment of 2,000 runs of {@link ProductModel} with 20 generations.
 *
 * <p>Mean: {@code E[product] = 1} exactly. The product of 20 uniform factors on [0.9, 1.1] has a standard
 * deviation of 0.26 and a skewness of 0.76, so at 2,000 runs the mean is close to normal (skewness of the mean
 * 0.76 / sqrt(2000) = 0.017) and the normal interval with the sample standard deviation covers with probability
 * about 0.9499 (the t quantile with 1,999 degrees of freedom is 1.9612 instead of 1.9600). If the coverage is
 * exactly 0.95, the count of covering replications X is Binomial(1000, 0.95) and the false-failure rate of the
 * threshold X >= 930 is P(X <= 929) = 0.0023 (computed by summing the binomial probabilities; at coverage 0.949
 * it is 0.0037).
 *
 * <p>Event probability: with threshold 1.05 the event {@code crossed} happens at generation 1 exactly when the
 * first factor exceeds 1.05, that is with probability P(U > 0.75) = 0.25. The Wilson interval's exact coverage
 * at n = 2000 and p = 0.25 is 0.9472 (summing the binomial probabilities of the counts whose interval covers
 * 0.25); the false-failure rate of the threshold X >= 925 is then P(X <= 924 | Binomial(1000, 0.9472)) = 0.0011.
 *
 * <p>Upper thresholds catch intervals that are too wide: P(X > 990) = 5e-13 at 0.95 for the mean and
 * P(X > 985) = 1e-10 at 0.9472 for the proportion. All rates were computed with scipy.stats.binom.
 *
 * <p>The seeds are fixed, so the test is reproducible; the rates above say how likely a correct engine is to
 * fail it for some other fixed set of seeds.
 */
class ConfidenceCoverageTest {
    private static final int REPLICATIONS = 1000;
    private static final int RUNS = 2000;

    @Test
    void intervalsCoverTheKnownAnswers() {
        ProductModel model = new ProductModel(20);
        Engine engine = Engine.withThreads(1);
        int meanCovered = 0;
        int proportionCovered = 0;
        double sumOfMeans = 0;
        long firstFailing = -1;
        for (long seed = 1; seed <= REPLICATIONS; seed++) {
            Result r = engine.run(Experiment.builder(model).runs(RUNS).seed(seed).parameter("threshold", 1.05)
                    .eventTimes("crossed", 1).build());
            assertEquals(RUNS, r.completed(), "seed " + seed);
            Estimate mean = r.metric("product").mean();
            sumOfMeans += mean.value();
            if (mean.lower() <= 1 && 1 <= mean.upper()) {
                meanCovered++;
            } else if (firstFailing < 0) {
                firstFailing = seed;
            }
            Proportion p = r.event("crossed").probabilityBy(1);
            if (p.lower() <= 0.25 && 0.25 <= p.upper()) {
                proportionCovered++;
            }
        }
        String context = "seeds 1.." + REPLICATIONS + ", " + RUNS + " runs each (first seed not covering: "
                + firstFailing + ")";
        assertTrue(meanCovered >= 930, "95 % CI of the mean covered E[product] = 1 in " + meanCovered + " of "
                + REPLICATIONS + " replications; " + context);
        // the intervals are not so wide that they always cover: at most 990 of 1000
        assertTrue(meanCovered <= 990, "CI of the mean covered in " + meanCovered + ": too wide; " + context);
        assertTrue(proportionCovered >= 925, "Wilson interval covered P = 0.25 in " + proportionCovered + " of "
                + REPLICATIONS + " replications; " + context);
        assertTrue(proportionCovered <= 985, "Wilson interval covered in " + proportionCovered + ": too wide; "
                + context);
        // the grand mean over 2,000,000 runs: standard error 0.26 / sqrt(2e6) = 1.8e-4; 5 standard errors = 9e-4
        // (false-failure rate 6e-7)
        assertEquals(1.0, sumOfMeans / REPLICATIONS, 9e-4, context);
    }
}
