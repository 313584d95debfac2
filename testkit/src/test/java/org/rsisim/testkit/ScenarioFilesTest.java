package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.rsisim.core.Parameter;
import org.rsisim.core.Result;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;

/**
 * Generated scenario files of every catalog model compile, and the experiment the scenario language builds from a
 * file is the one built directly from the same choices: the same hash and, run, the same statistics to the bit.
 */
class ScenarioFilesTest {
    private static final long MAX_RUNS = 64;

    /** Settings that make runs long, narrowed so that each try runs in milliseconds. */
    private static List<Parameter> shortRuns(ModelProvider provider) {
        List<Parameter> settings = provider.settings();
        for (Parameter s : provider.settings()) {
            if (s.name().equals("generations")) {
                settings = ModelArbitraries.narrow(settings, s.name(), Math.max(1, s.lower()), 60);
            }
        }
        return settings;
    }

    @Provide
    Arbitrary<ScenarioFile> files() {
        return Arbitraries.of(ModelCatalog.all())
                .flatMap(p -> ScenarioArbitraries.files(p, shortRuns(p), MAX_RUNS));
    }

    @Property(tries = 60, seed = "20261202")
    void everyFileCompilesToTheExperimentOfItsChoices(@ForAll("files") ScenarioFile file) {
        Statistics.label("model").collect(file.provider().name());
        Statistics.label("options").collect(file.antithetic() ? "antithetic"
                : file.quasiRandom() ? "quasi-random" : "plain", file.correlated() ? "correlated" : "independent");
        List<String> forms = new ArrayList<>();
        file.parameters().values().forEach(p -> forms.add(p.form().replaceAll("\\+.*", "")));
        Statistics.label("forms").collect(forms.isEmpty() ? "none" : forms.get(0));
        Scenario scenario = file.compile();
        Experiment compiled = scenario.experiment(Overrides.NONE);
        Experiment direct = file.experiment();
        assertEquals(direct.hash(), compiled.hash(), () -> "hash differs for\n" + file);
        Engine engine = Engine.withThreads(1);
        Result a = engine.run(direct);
        Result b = engine.run(compiled);
        assertEquals(a.completed(), b.completed(), () -> "completed runs differ for\n" + file);
        assertEquals(a.diverged(), b.diverged());
        assertEquals(a.failed(), b.failed());
        assertEquals(a.metrics(), b.metrics(), () -> "metrics differ for\n" + file);
        assertEquals(a.events(), b.events(), () -> "events differ for\n" + file);
        assertEquals(a.series(), b.series(), () -> "series differ for\n" + file);
    }

    /** Every written form, and every modifier, is generated: 3,000 priors of one parameter on (0, 1). */
    @Example
    void everyFormAndModifierIsGenerated() {
        Parameter p = new Parameter("x", "1", 0, 1, 0.5, "a share");
        Set<String> seen = new HashSet<>();
        ScenarioArbitraries.priors(p).sampleStream().limit(3000).forEach(prior -> {
            String form = prior.form();
            seen.add(form.replaceAll("\\+.*", ""));
            for (String modifier : List.of("shift", "clip", "truncate")) {
                if (form.contains("+" + modifier)) {
                    seen.add(modifier);
                }
            }
            assertTrue(prior.distribution().lower() >= 0 && prior.distribution().upper() <= 1, prior.yaml());
        });
        for (String form : ScenarioArbitraries.FORMS) {
            assertTrue(seen.contains(form), () -> form + " never generated; seen " + seen);
        }
        for (String modifier : List.of("shift", "clip", "truncate", "number", "fixed{value}")) {
            assertTrue(seen.contains(modifier), () -> modifier + " never generated; seen " + seen);
        }
    }
}
