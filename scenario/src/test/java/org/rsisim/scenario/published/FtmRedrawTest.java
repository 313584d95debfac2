package org.rsisim.scenario.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Redraw;
import org.rsisim.core.Result;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The bundled {@code ftm-2023} draws its samples as the source's default Monte Carlo does
 * ({@code epoch-research/ftm}, {@code TakeoffParamsDist.rvs} with {@code resampling_method =
 * 'all_but_training_requirements'}): the training requirements keep their draw and the other parameters are drawn
 * again until the sample passes the source's test. The source's first stage redraws the training requirements until
 * {@code sample_is_admissible}: the test passes with every other parameter at the lower end of its distribution
 * ({@code marginal.a}). This test shows that it passes on the whole support of ftm-2023's training requirements, so
 * the first stage never redraws and the training requirements keep their prior.
 */
class FtmRedrawTest {
    private static final String T = "full_automation_requirements_training";

    @Test
    void theSourcesFirstStageAdmitsEveryTrainingRequirementOfTheScenario() {
        Experiment e = ScenarioCatalog.get("ftm-2023").experiment();
        List<Distribution> marginals = e.jointDistribution().marginals();
        double[] lowest = new double[marginals.size()];
        for (int i = 0; i < lowest.length; i++) {
            lowest[i] = marginals.get(i).lower();
        }
        int t = e.model().parameterIndex(T);
        Simulation simulation = e.model().newSimulation(RunStreams.create(1));
        double lowestT = marginals.get(t).lower();
        assertEquals(1e33, lowestT);
        lowest[t] = lowestT;
        assertTrue(simulation.accepts(lowest), "the lowest training requirements are admissible");
        // The test is monotone in T (every task's requirement is proportional to it). With the flop gap at its lower
        // end g = 10 and the runtime-training tradeoff's maximum at its lower end 1, the cheapest goods task (the
        // 0th quantile, T / g^(10.5 / 7)) is automatable in the first step when it is below the initial training
        // run, 3e24 FLOP: admissibility fails below T* = 3e24 g^1.5 = 9.49e25, seven orders of magnitude below 1e33.
        double threshold = lowest[e.model().parameterIndex("initial_biggest_training_run")]
                * Math.pow(lowest[e.model().parameterIndex("flop_gap_training")], 10.5 / 7);
        assertEquals(9.487e25, threshold, 0.001e25);
        assertEquals(1.0, lowest[e.model().parameterIndex("runtime_training_max_tradeoff")]);
        lowest[t] = threshold * 1.000001;
        assertTrue(simulation.accepts(lowest), "admissible just above T*");
        lowest[t] = threshold / 1.000001;
        assertFalse(simulation.accepts(lowest), "inadmissible just below T*");
        assertTrue(threshold < lowestT / 1e7);
    }

    @Test
    void theScenarioKeepsTheTrainingRequirementsAndRedrawsTheOthers() {
        Experiment e = ScenarioCatalog.get("ftm-2023").experiment().withRuns(1280);
        assertEquals(new Redraw(1000, List.of(T)), e.redraw());
        Result one = Engine.withThreads(1).run(e);
        Result two = Engine.withThreads(2).run(e);
        assertEquals(one.metrics(), two.metrics());
        assertEquals(one.events(), two.events());
        assertEquals(one.rejectedDraws(), two.rejectedDraws());
        assertTrue(one.rejectedDraws() > 0, "some draws are rejected: " + one.rejectedDraws());
        // every run that is drawn is accepted, so none is left out at step 0 for tasks automatable in 2022
        assertEquals(null, one.divergedAtStep().get(0), "runs diverged at step 0: " + one.divergedAtStep());
    }
}
