package org.rsisim.core.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.InvalidValueException;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.ParameterId;
import org.rsisim.core.Result;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/** {@link DeclaredModel} writes a model's declared part once; {@link Coins} is its Javadoc example. */
class DeclaredModelTest {

    @Test
    void theDeclaredPartComesFromTheDeclarations() {
        Model coins = new Coins();
        assertEquals("coins", coins.name());
        assertEquals("coins", coins.toString());
        assertEquals("independent steps that each succeed with probability p", coins.description());
        assertEquals(List.of("p"), coins.parameters().stream().map(p -> p.name()).toList());
        assertEquals(List.of("steps"), coins.settings().stream().map(p -> p.name()).toList());
        assertEquals(List.of(Observable.Kind.METRIC, Observable.Kind.EVENT),
                coins.observables().stream().map(Observable::kind).toList());
        assertEquals(1, coins.observableIndex("all_succeeded"));
        assertSame(coins.observables(), coins.observables());
    }

    @Test
    void withSettingsBuildsThroughCreateAndKeepsThisModelWhenNothingChanges() {
        Coins coins = new Coins();
        assertSame(coins, coins.withSettings(Map.of()));
        assertSame(coins, coins.withSettings(Map.of("steps", 10.0)));
        Model longer = coins.withSettings(Map.of("steps", 40.0));
        assertTrue(longer instanceof Coins);
        Result r = Engine.withThreads(1).run(Experiment.builder(longer).runs(200).seed(7).parameter("p", 1.0)
                .build());
        assertEquals(40.0, r.metric("successes").mean().value());
        assertEquals(200, r.event("all_succeeded").occurred());
    }

    @Test
    void settingsAreCheckedByTheDeclarations() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new Coins().withSettings(Map.of("steps", 2.5)));
        assertEquals("steps", e.name());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new Coins().withSettings(Map.of("stepz", 3.0)));
        assertTrue(unknown.getMessage().contains("has no setting 'stepz'"), unknown.getMessage());
    }

    private static final Declarations FORGETFUL = new Declarations();
    private static final ParameterId LENGTH = FORGETFUL.setting("length", "1", 1, 10, 2, "a setting");

    /** A model with a setting that forgets to override {@code create}. */
    private static final class Forgetful extends DeclaredModel {
        Forgetful() {
            super("forgetful", "", FORGETFUL, Map.of());
            metric("x", "1", "a metric");
        }

        void declareLate() {
            metric("late", "1", "declared after the list was read");
        }

        double length() {
            return setting(LENGTH);
        }

        double foreign() {
            return setting(Coins.STEPS);
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            return (p, sink) -> { };
        }
    }

    @Test
    void mistakesAreReportedWithTheModelsName() {
        Forgetful f = new Forgetful();
        assertEquals(2.0, f.length());
        UnsupportedOperationException noCreate = assertThrows(UnsupportedOperationException.class,
                () -> f.withSettings(Map.of("length", 3.0)));
        assertEquals("model forgetful declares settings [length] but its class does not override "
                + "DeclaredModel.create", noCreate.getMessage());
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, f::foreign);
        assertEquals("steps is not a setting of model forgetful", foreign.getMessage());
        f.observables();
        assertThrows(IllegalStateException.class, f::declareLate);
    }

    @Test
    void observablesDeclaredInTheKindAreRefused() {
        Declarations kind = new Declarations();
        kind.metric("m", "1", "a metric of the kind");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DeclaredModel("k", "", kind, Map.of()) {
                    @Override
                    public Simulation newSimulation(RunStreams streams) {
                        return (p, sink) -> { };
                    }
                });
        assertTrue(e.getMessage().startsWith("model k declares observables in its kind"), e.getMessage());
    }
}
