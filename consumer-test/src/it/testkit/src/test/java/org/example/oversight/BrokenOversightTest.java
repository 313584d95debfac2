package org.example.oversight;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.testkit.Invariants;
import org.rsisim.testkit.Invariants.Divergence;
import org.rsisim.testkit.ModelArbitraries;
import org.rsisim.testkit.ModelCase;

/**
 * A deliberately broken variant, kept to show what the testkit reports: it throws at full oversight. Its tag keeps
 * it out of the normal build (the pom's excludedGroups); run it with {@code mvn test -DexcludedGroups=
 * -Dgroups=broken-model}.
 */
@Tag("broken-model")
class BrokenOversightTest {
    private final Model broken = new Model() {
        private final Model inner = new OversightModel();

        @Override
        public String name() {
            return "oversight-throwing";
        }

        @Override
        public List<Parameter> parameters() {
            return inner.parameters();
        }

        @Override
        public List<Observable> observables() {
            return inner.observables();
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            Simulation s = inner.newSimulation(streams);
            return (p, sink) -> {
                if (p[0] == 1) {
                    throw new IllegalArgumentException("oversight = 1.0 is not supported");
                }
                s.run(p, sink);
            };
        }
    };

    @Provide
    Arbitrary<ModelCase> cases() {
        return ModelArbitraries.cases(broken);
    }

    @Property(tries = 200, seed = "42")
    void failsWithTheCaseThatMadeItThrow(@ForAll("cases") ModelCase c) {
        Invariants.completes(c, Divergence.FORBIDDEN);
    }
}
