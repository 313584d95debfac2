package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rsisim.core.stat.Proportion;

/**
 * With antithetic pairs, the interval of an event probability follows the pairs: it covers the known probability
 * about 95 % of the time, where the independent-runs Wilson interval of the same counts over-covers, and its
 * standard error matches the closed form.
 *
 * <p>The model is {@link ProductModel} with width 0.1 and threshold 1.05: the event happens at generation 1 exactly
 * when the first factor's uniform U exceeds 0.75, so P = 0.25. In a pair (U, 1 - U) at most one run has it, with
 * probability 1/2, so the pair average is 0 or 1/2 and var(P_pair) = 1/8 - 1/16 = 1/16; with 1,000 pairs the
 * standard error is sqrt(1/16 / 1000) = 0.0079057, against 0.0096825 for 2,000 independent runs.
 *
 * <p>Thresholds, for 1,000 replications of 2,000 runs (seeds 1 to 1000): at least 925 intervals cover 0.25 (if the
 * true coverage is 0.947, as for Wilson's interval at this n, the false-failure rate is P(X <= 924) = 0.0013); at
 * most 975 do (the independent-runs interval covers in about 982; false-failure rate at coverage 0.95
 * P(X > 975) = 2.4e-5); the mean standard error is within 1 % of the closed form (its spread over replications is
 * about 0.1 %, so 1 % is 10 standard errors). Binomial tails computed exactly from the binomial sums.
 *
 * <p>With threshold 0.95 the event happens at generation 1 exactly when U > 0.25, so P = 0.75 and a pair has it in
 * both runs when 0.25 < U < 0.75 and in one run otherwise: the pair average is 1 or 1/2 with probability 1/2 each,
 * var(P_pair) = 5/8 - 9/16 = 1/16 again. Over 200 replications the mean standard error is within 1 % of the closed
 * form (its spread is about 0.2 %: 5 standard errors) and the mean estimate within 0.002 of 0.75 (standard error
 * 0.0079 / sqrt(200) = 0.00056: 3.6 standard errors, false-failure rate 3e-4).
 */
class AntitheticEventCoverageTest {
    private static final int REPLICATIONS = 1000;
    private static final int RUNS = 2000;

    @Test
    void pairIntervalsCoverTheKnownProbability() {
        ProductModel model = new ProductModel(20);
        Engine engine = Engine.withThreads(1);
        int covered = 0;
        int independentCovered = 0;
        double sumOfStderr = 0;
        long firstFailing = -1;
        for (long seed = 1; seed <= REPLICATIONS; seed++) {
            Result r = engine.run(Experiment.builder(model).runs(RUNS).seed(seed).parameter("threshold", 1.05)
                    .antithetic(true).eventTimes("crossed", 1).build());
            assertEquals(RUNS, r.completed(), "seed " + seed);
            Proportion p = r.event("crossed").probabilityBy(1);
            sumOfStderr += p.stderr();
            if (p.lower() <= 0.25 && 0.25 <= p.upper()) {
                covered++;
            } else if (firstFailing < 0) {
                firstFailing = seed;
            }
            Proportion independent = Proportion.wilson(p.successes(), p.trials());
            if (independent.lower() <= 0.25 && 0.25 <= independent.upper()) {
                independentCovered++;
            }
        }
        String context = "seeds 1.." + REPLICATIONS + ", " + RUNS + " runs each in antithetic pairs (first seed not"
                + " covering: " + firstFailing + "); the independent-runs interval covered in " + independentCovered;
        assertTrue(covered >= 925, "pair interval covered P = 0.25 in " + covered + "; " + context);
        assertTrue(covered <= 975, "pair interval covered in " + covered + ": as wide as without pairs; " + context);
        double expected = Math.sqrt(1.0 / 16 / (RUNS / 2));
        assertEquals(expected, sumOfStderr / REPLICATIONS, 0.01 * expected, context);
    }

    @Test
    void pairsWithTheEventInBothRunsAreCounted() {
        ProductModel model = new ProductModel(20);
        Engine engine = Engine.withThreads(1);
        int replications = 200;
        double sumOfStderr = 0;
        double sumOfP = 0;
        for (long seed = 1; seed <= replications; seed++) {
            Proportion p = engine.run(Experiment.builder(model).runs(RUNS).seed(seed).parameter("threshold", 0.95)
                    .antithetic(true).eventTimes("crossed", 1).build()).event("crossed").probabilityBy(1);
            sumOfStderr += p.stderr();
            sumOfP += p.p();
        }
        String context = "seeds 1.." + replications + ", " + RUNS + " runs each in antithetic pairs";
        double expected = Math.sqrt(1.0 / 16 / (RUNS / 2));
        assertEquals(expected, sumOfStderr / replications, 0.01 * expected, context);
        assertEquals(0.75, sumOfP / replications, 0.002, context);
    }
}
