package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.testkit.Invariants.Divergence;

/**
 * The engine's contracts over generated inputs: every form of distribution keeps the distribution contract, every
 * generated experiment gives the same bits on one and two threads and loses no run, and any order of running,
 * merging and cancelling parts ends in the result of one uninterrupted run.
 */
class EngineContractsTest {
    private static final TrialsModel MODEL = new TrialsModel();

    @Provide
    Arbitrary<Distribution> distributions() {
        return ExperimentArbitraries.distributions();
    }

    @Property(tries = 1_700, seed = "20261202")
    void everyFormKeepsTheDistributionContract(@ForAll("distributions") Distribution d) {
        String form = d.toString().replaceAll("\\(.*", "");
        Statistics.label("form").collect(form);
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < 100; k++) {
            double x = d.inverseCdf(k / 100.0);
            assertTrue(x >= previous, d + ": inverseCdf not monotone at " + k + "%: " + previous + " then " + x);
            assertTrue(x >= d.lower() && x <= d.upper(), d + ": " + x + " outside [" + d.lower() + ", "
                    + d.upper() + "]");
            double c = d.cdf(x);
            assertTrue(c >= 0 && c <= 1, d + ": cdf(" + x + ") = " + c);
            previous = x;
        }
        Statistics.label("form").coverage(k -> {
            for (String f : ExperimentArbitraries.FORMS) {
                // 17 forms equally often: 5.9 % expected; 3.5 % is 4.2 standard deviations below over 1,700 tries
                k.check(f).percentage(share -> share >= 3.5);
            }
        });
    }

    @Provide
    Arbitrary<Experiment> experiments() {
        return ExperimentArbitraries.experiments(MODEL, 1_500);
    }

    @Property(tries = 60, seed = "20261202")
    void everyExperimentGivesTheSameBitsOnOneAndTwoThreadsAndLosesNoRun(@ForAll("experiments") Experiment e) {
        Statistics.label("options").collect((e.antithetic() ? "antithetic" : "plain") + ", "
                + (e.quasiRandom() ? "quasi-random" : "pseudo-random"));
        Statistics.label("correlated").collect(e.correlation() != null);
        Invariants.sameResultOnOneAndTwoThreads(e);
        Result r = Engine.withThreads(1).run(e);
        Invariants.noFailures(r, Divergence.FORBIDDEN);
        Statistics.label("options").coverage(k -> {
            k.check("antithetic, pseudo-random").count(n -> n >= 3);
            k.check("plain, quasi-random").count(n -> n >= 3);
            k.check("plain, pseudo-random").count(n -> n >= 3);
        });
        Statistics.label("correlated").coverage(k -> k.check(true).count(n -> n >= 3));
    }

    @Provide
    Arbitrary<ActionChain<EngineLifecycle>> chains() {
        return ExperimentArbitraries.experiments(MODEL, 1_500).flatMap(e -> EngineLifecycle.chains(e, 5));
    }

    @Property(tries = 60, seed = "20261202")
    void anyOrderOfPartsMergesAndCancelsGivesTheUninterruptedResult(
            @ForAll("chains") ActionChain<EngineLifecycle> chain) {
        EngineLifecycle end = chain.run();
        Statistics.label("completed").collect(end.completed());
        Statistics.label("cancelled").collect(end.steps().stream().anyMatch(s -> s.startsWith("cancel")));
        Statistics.label("cancelled early, prefix compared").collect(end.comparedPrefixes() > 0);
        Statistics.label("completed").coverage(k -> k.check(true).percentage(share -> share >= 30));
        Statistics.label("cancelled early, prefix compared").coverage(k -> k.check(true).count(n -> n >= 5));
    }
}
