package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.Result;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.scenario.NamedScenario;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.testkit.Invariants.Divergence;

/**
 * The contract every model of {@link ModelCatalog#all()} keeps, tested over the whole catalog so that a model added
 * to it is tested without a line here: declarations are consistent, valid settings and parameters never make a run
 * throw or record NaN (a blow-up the model signals is allowed), a run is a function of (seed, run, parameters), and
 * engine results do not depend on the thread count.
 */
class ModelCatalogContractTest {

    @Provide
    Arbitrary<ModelCase> anyModelCase() {
        return Arbitraries.of(ModelCatalog.all()).flatMap(ModelArbitraries::cases);
    }

    @Property(tries = 300, seed = "20260504")
    void validInputsNeverFailOrRecordNaN(@ForAll("anyModelCase") ModelCase c) {
        Statistics.label("model").collect(c.provider());
        boolean completed = Invariants.completes(c, Divergence.ALLOWED_IF_SIGNALLED);
        Statistics.label("completed").collect(completed);
    }

    @Property(tries = 150, seed = "20260504")
    void sameSeedAndRunGiveTheSameTrajectory(@ForAll("anyModelCase") ModelCase c) {
        Invariants.sameTrajectory(c);
    }

    @Example
    void namesAreUniqueAndDeclarationsConsistent() {
        Set<String> models = new HashSet<>();
        for (ModelProvider provider : ModelCatalog.all()) {
            assertTrue(models.add(provider.name()), "model name repeated: " + provider.name());
            Model model = provider.create();
            assertEquals(provider.name(), model.name(), "provider and model name");
            assertEquals(provider.parameters(), model.parameters(), provider.name());
            unique(provider.name() + " settings", provider.settings().stream().map(Parameter::name).toList());
            unique(provider.name() + " parameters", model.parameters().stream().map(Parameter::name).toList());
            unique(provider.name() + " observables", model.observables().stream().map(Observable::name).toList());
            assertFalse(provider.description().isBlank(), provider.name());
        }
    }

    private static void unique(String what, List<String> names) {
        assertEquals(names.size(), new HashSet<>(names).size(), what + " repeat a name: " + names);
    }

    @Example
    void defaultsRunAndEngineResultsDoNotDependOnThreads() {
        for (ModelProvider provider : ModelCatalog.all()) {
            Model model = provider.create();
            double[] defaults = RunProbe.of(model, 1).defaults();
            Experiment e = Invariants.experimentAt(model, defaults, 512, 20260504L);
            Invariants.sameResultOnOneAndTwoThreads(e);
            Result r = Engine.withThreads(2).run(e);
            Invariants.noFailures(r, Divergence.ALLOWED_IF_SIGNALLED);
            for (Observable o : model.observables()) {
                if (o.kind() == Observable.Kind.SERIES) {
                    assertEquals(o.length(), r.series(o.name()).length(), provider.name() + " series " + o.name());
                }
            }
        }
    }

    @Example
    void everyNamedScenarioRunsOnOneAndTwoThreadsAlike() {
        for (NamedScenario s : ScenarioCatalog.all()) {
            Experiment small = s.experiment().withRuns(512);
            Invariants.sameResultOnOneAndTwoThreads(small);
            Invariants.noFailures(Engine.withThreads(2).run(small), Divergence.ALLOWED_IF_SIGNALLED);
        }
    }
}
