package org.rsisim.models.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Model;
import org.rsisim.core.RunProbe;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.models.AllocatedBytes;
import org.rsisim.models.ModelCatalog;

/** {@link FtmModel}, {@link FtmParameters} and properties of {@link FtmDynamics} that hold for any parameters. */
class FtmModelTest {

    @Test
    void theCatalogFindsTheModelWithTheSourcesParameterNames() {
        Model model = ModelCatalog.get("ftm").create();
        assertEquals(FtmModel.NAME, model.name());
        assertEquals(67, model.parameters().size());
        assertEquals("full_automation_requirements_training", model.parameters().get(0).name());
        assertEquals(1e36, model.parameters().get(0).defaultValue());
        assertTrue(model.parameters().stream().anyMatch(p -> p.name().equals("flop_gap_training")));
    }

    @Test
    void theBindingRecordsWhatTheDynamicsCompute() {
        Model model = ModelCatalog.get("ftm").create();
        RunProbe probe = RunProbe.of(model, 1);
        double[] p = FtmParameters.vector(FtmParameters.BEST_GUESS);
        assertTrue(probe.run(0, p));
        FtmDynamics d = new FtmDynamics();
        assertTrue(d.run(p));
        assertEquals(d.rampupStart(), probe.eventTime("rampup_start"));
        assertEquals(d.automationGoods20(), probe.eventTime("automation_gns_20"));
        assertEquals(d.automationGoods100(), probe.eventTime("automation_gns_100"));
        assertEquals(d.automationRnd100(), probe.eventTime("automation_rnd_100"));
        assertEquals(d.gwpGrowth20Year(), probe.eventTime("gwp_growth_20_year"));
        assertEquals(d.fullAutomationGoods(), probe.metric("full_automation_gns"));
        assertEquals(d.cogOutputMultiplier(), probe.metric("cog_output_multiplier"));
        assertEquals(d.doublingTime(4), probe.metric("gwp_doubling_time_5"));
        // GWP grows by more than 20 % a year only after the 5 % mark, and within gwp_growth years of it.
        assertTrue(d.gwpGrowth20Year() > d.rampupStart());
    }

    @Test
    void unreachedMilestonesAreCensoredAndUndefinedDurationsUnrecorded() {
        RunProbe probe = RunProbe.of(ModelCatalog.get("ftm").create(), 1);
        assertTrue(probe.run(0, FtmParameters.vector(FtmParameters.CONSERVATIVE)));
        assertTrue(Double.isNaN(probe.eventTime("automation_gns_100")));
        assertTrue(Double.isNaN(probe.eventTime("agi_year")));
        assertTrue(Double.isNaN(probe.metric("full_automation_gns")));
        assertFalse(Double.isNaN(probe.eventTime("automation_gns_20")));
        assertFalse(probe.diverged());
    }

    @Test
    void aTrainingRunAboveTheInitialComputeDiverges() {
        Map<String, Double> v = new HashMap<>(FtmParameters.BEST_GUESS);
        v.put("initial_biggest_training_run", 1e29);
        double[] p = FtmParameters.vector(v);
        assertFalse(new FtmDynamics().run(p));
        RunProbe probe = RunProbe.of(ModelCatalog.get("ftm").create(), 1);
        probe.run(0, p);
        assertTrue(probe.diverged());
    }

    @Test
    void aRunLeavingTheDomainStopsAndDiverges() {
        // compute shares whose ceilings add up to more than 1 leave goods a negative share of compute
        Map<String, Double> v = new HashMap<>(FtmParameters.BEST_GUESS);
        v.put("frac_compute_training_ceiling", 0.9);
        v.put("frac_compute_hardware_rnd_ceiling", 0.9);
        v.put("frac_compute_training_growth", 5.0);
        v.put("frac_compute_hardware_rnd_growth", 5.0);
        FtmDynamics d = new FtmDynamics();
        assertTrue(d.run(FtmParameters.vector(v)));
        assertTrue(d.divergedStep() > 0, "diverged at " + d.divergedStep());
        assertEquals(d.divergedStep(), d.steps());
        RunProbe probe = RunProbe.of(ModelCatalog.get("ftm").create(), 1);
        probe.run(0, FtmParameters.vector(v));
        assertTrue(probe.diverged());
        assertEquals(d.divergedStep(), probe.divergedStep());
        assertTrue(d.run(FtmParameters.vector(FtmParameters.BEST_GUESS)));
        assertEquals(-1, d.divergedStep());
    }

    @Test
    void inputsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FtmParameters.vector(Map.of("flop_gap", 3.0)));
        assertTrue(e.getMessage().contains("flop_gap"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> FtmParameters.vector(Map.of("labour_substitution_goods", 0.5)));
        assertTrue(e.getMessage().contains("labour_substitution_goods") && e.getMessage().contains("0.5"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelCatalog.get("ftm").create(Map.of("t_end", 2000.0)));
        assertTrue(e.getMessage().contains("t_end"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelCatalog.get("ftm").create(Map.of("n_labour_tasks", 1.0)));
        assertTrue(e.getMessage().contains("n_labour_tasks"), e.getMessage());
    }

    @Test
    void settingsShapeTheGrid() {
        FtmModel model = (FtmModel) ModelCatalog.get("ftm").create(Map.of("t_end", 2050.0, "t_step", 0.25,
                "n_labour_tasks", 50.0));
        FtmDynamics d = model.newDynamics();
        assertTrue(d.run(FtmParameters.vector(FtmParameters.BEST_GUESS)));
        assertEquals(112, d.steps());
        assertEquals(2022 + 111 * 0.25, d.year(111), 1e-9);
        for (int i = 0; i < d.steps(); i++) {
            assertEquals(0, (d.fracAutomatedGoods(i) * 50) % 1, 1e-9, "fractions are multiples of 1/50");
        }
    }

    @Test
    void automationNeverFallsAndGwpNeverShrinksOnThePresets() {
        FtmDynamics d = new FtmDynamics();
        for (Map<String, Double> preset : new Map[] {FtmParameters.AGGRESSIVE, FtmParameters.BEST_GUESS,
            FtmParameters.CONSERVATIVE, FtmParameters.SHORT_TIMELINES, FtmParameters.MEDIUM_TIMELINES,
            FtmParameters.LONG_TIMELINES}) {
            assertTrue(d.run(FtmParameters.vector(preset)));
            for (int i = 1; i < d.steps(); i++) {
                assertTrue(d.gwp(i) > d.gwp(i - 1), "GWP grows at " + i);
                assertTrue(d.fracAutomatedGoods(i) >= d.fracAutomatedGoods(i - 1), "goods automation at " + i);
                assertTrue(d.effectiveCompute(i) > 0);
            }
        }
    }

    @Test
    void acceptsAppliesTheRunsTestWithoutRunning() {
        Model model = ModelCatalog.get("ftm").create(Map.of("max_frac_automatable_tasks_goods", 0.0,
                "max_frac_automatable_tasks_rnd", 0.05));
        Simulation simulation = model.newSimulation(RunStreams.create(1));
        RunProbe probe = RunProbe.of(model, 1);
        FtmDynamics d = new FtmDynamics();
        double[] aggressive = FtmParameters.vector(FtmParameters.AGGRESSIVE);
        double[] conservative = FtmParameters.vector(FtmParameters.CONSERVATIVE);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(13L);
        int accepted = 0;
        int rejected = 0;
        for (int k = 0; k < 3000; k++) {
            double[] p = new double[aggressive.length];
            for (int i = 0; i < p.length; i++) {
                double u = rng.nextDouble();
                double a = aggressive[i];
                double c = conservative[i];
                p[i] = a > 0 && c > 0 ? Math.exp(u * Math.log(a) + (1 - u) * Math.log(c)) : u * a + (1 - u) * c;
            }
            p[0] = Math.pow(10, 24 + 16 * rng.nextDouble()); // full_automation_requirements_training
            boolean accepts = simulation.accepts(p);
            if (!accepts) {
                rejected++;
                assertFalse(probe.run(k, p), "draw " + k + " is rejected, so its run diverges");
                assertEquals(0, probe.divergedStep(), "draw " + k);
            } else {
                accepted++;
            }
            if (d.run(p) && d.divergedStep() != 0) {
                assertEquals(d.initialFracAutomatableGoods() <= 0 && d.initialFracAutomatableRnd() <= 0.05, accepts,
                        "draw " + k + ": accepts agrees with the shares the run computes");
            }
        }
        assertTrue(accepted > 300 && rejected > 300, accepted + " accepted, " + rejected + " rejected");
        Simulation all = ModelCatalog.get("ftm").create().newSimulation(RunStreams.create(1));
        double[] low = FtmParameters.vector(FtmParameters.AGGRESSIVE);
        low[0] = 1e20;
        assertTrue(all.accepts(low), "with the default settings every draw is accepted");
        assertFalse(simulation.accepts(low));
    }

    @Test
    void aRunAllocatesNothing() {
        assumeTrue(AllocatedBytes.ofThisThread() >= 0, "no per-thread allocation counter");
        FtmDynamics d = new FtmDynamics();
        double[] p = FtmParameters.vector(FtmParameters.BEST_GUESS);
        double[] q = FtmParameters.vector(FtmParameters.MEDIUM_TIMELINES);
        for (int k = 0; k < 20; k++) {
            d.run(p);
            d.run(q);
            d.firstStepAutomatableAtMost(q, 0, 0.05);
        }
        long before = AllocatedBytes.ofThisThread();
        long overhead = AllocatedBytes.ofThisThread() - before;
        before = AllocatedBytes.ofThisThread();
        for (int k = 0; k < 3; k++) {
            d.run(p);
            d.run(q);
            d.firstStepAutomatableAtMost(p, 0, 0.05);
        }
        long allocated = AllocatedBytes.ofThisThread() - before - overhead;
        assertTrue(allocated < 256, "allocated " + allocated + " bytes in six runs (" + overhead
                + " bytes for reading the counter)");
    }
}
