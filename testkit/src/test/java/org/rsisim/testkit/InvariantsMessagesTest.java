package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Example;
import org.rsisim.core.Experiment;
import org.rsisim.testkit.Invariants.Divergence;

/**
 * What a failing check says: the model by its name (never its {@code toString}), the case that replays it, the
 * possible causes of a trajectory that is not reproducible, the first statistic that differs between thread counts,
 * and what a model threw.
 */
class InvariantsMessagesTest {

    private static ModelCase caseOf(TrialsModel.Fault fault, double p) {
        TrialsModel model = new TrialsModel(fault);
        return new ModelCase(model.name(), Map.of(), model, new double[] {p, 12}, 42, 7);
    }

    @Example
    void aCaseOfAModelPrintsItsNameAndParameters() {
        assertEquals("model trials, seed 42, run 7, parameters {p=0.25, trials=12.0}",
                caseOf(TrialsModel.Fault.NONE, 0.25).toString());
    }

    @Example
    void sharedStateBetweenSimulationsNamesBothCausesAndTheModel() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Invariants.sameTrajectory(caseOf(TrialsModel.Fault.SHARED_STATIC, 0.5)));
        String m = e.getMessage();
        assertTrue(m.startsWith("the same (seed, run, parameters) gave different observations on two fresh "
                + "simulations of the same run (possible causes: randomness that does not come from RunStreams"), m);
        assertTrue(m.contains("state shared between simulations (a static field)"), m);
        assertTrue(m.contains("share = "), m);
        assertTrue(m.endsWith("model trials-shared-static, seed 42, run 7, parameters {p=0.5, trials=12.0}"), m);
        assertFalse(m.contains("@"), m);
    }

    @Example
    void stateLeftFromAnEarlierRunNamesBothCauses() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Invariants.sameTrajectory(caseOf(TrialsModel.Fault.LEAKED_FIELD, 0.5)));
        String m = e.getMessage();
        assertTrue(m.contains("on one simulation, before and after run 8 (possible causes: state kept from the "
                + "earlier run (a field of the simulation not reset at the start of run) or randomness that does "
                + "not come from RunStreams)"), m);
        assertTrue(m.endsWith("model trials-leaked-field, seed 42, run 7, parameters {p=0.5, trials=12.0}"), m);
    }

    @Example
    void theModelIsNamedWhenCalledWithoutACase() {
        TrialsModel model = new TrialsModel(TrialsModel.Fault.LEAKED_FIELD);
        AssertionError e = assertThrows(AssertionError.class,
                () -> Invariants.sameTrajectory(model, 1, 2, new double[] {0.5, 12}));
        assertTrue(e.getMessage().endsWith("model trials-leaked-field, seed 1, run 2, parameters {p=0.5, "
                + "trials=12.0}"), e.getMessage());
    }

    @Example
    void aModelThatThrowsIsReportedWithTheCaseAndTheCause() {
        ModelCase c = caseOf(TrialsModel.Fault.THROWS_AT_CERTAINTY, 1.0);
        for (Runnable check : new Runnable[] {
                () -> Invariants.completes(c, Divergence.FORBIDDEN),
                () -> Invariants.sameTrajectory(c),
                () -> Invariants.withinUnitInterval(c, "share"),
                () -> Invariants.monotoneSeries(c, "successes", Invariants.Direction.NON_DECREASING)}) {
            AssertionError e = assertThrows(AssertionError.class, check::run);
            assertTrue(e.getMessage().startsWith("the run threw java.lang.IllegalArgumentException"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; " + c), e.getMessage());
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
        }
        Invariants.completes(caseOf(TrialsModel.Fault.THROWS_AT_CERTAINTY, 0.5), Divergence.FORBIDDEN);
    }

    @Example
    void threadDifferencesNameTheFirstStatisticThatDiffers() {
        Experiment e = Invariants.experimentAt(new TrialsModel(TrialsModel.Fault.SHARED_STATIC),
                new double[] {0.5, 12}, 2_000, 9);
        AssertionError error = assertThrows(AssertionError.class, () -> Invariants.sameResultOnOneAndTwoThreads(e));
        String m = error.getMessage();
        assertTrue(m.startsWith("the result differs between 1 and 2 threads, first at result.metrics.share."), m);
        assertTrue(m.endsWith(" (1 thread against 2): model trials-shared-static, seed 9, runs 2000"), m);
        assertTrue(m.length() < 300, m.length() + " characters: " + m);
    }

    @Example
    void aCorrectModelPassesEveryCheck() {
        ModelCase c = caseOf(TrialsModel.Fault.NONE, 0.5);
        Invariants.sameTrajectory(c);
        Invariants.completes(c, Divergence.FORBIDDEN);
        Invariants.withinUnitInterval(c, "share");
        Invariants.monotoneSeries(c, "successes", Invariants.Direction.NON_DECREASING);
        Invariants.sameResultOnOneAndTwoThreads(Invariants.experimentAt(c.model(), c.parameters(), 2_000, 9));
    }
}
