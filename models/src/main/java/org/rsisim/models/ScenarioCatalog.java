package org.rsisim.models;

import java.util.List;
import java.util.function.Supplier;

/**
 * The named scenarios this library ships.
 */
public final class ScenarioCatalog {
    private static final List<Supplier<NamedScenario>> ALL = List.of(
            org.rsisim.models.rsi.RsiScenarios::clark2028,
            org.rsisim.models.alignment.AlignmentScenarios::alignmentCompounding,
            org.rsisim.models.alignment.AlignmentScenarios::oversightRace,
            org.rsisim.models.rsi.RsiScenarios::takeoffAlignment,
            org.rsisim.models.bottleneck.BottleneckModel::scenario,
            org.rsisim.models.capability.CapabilityModel::scenario,
            org.rsisim.models.explosion.ExplosionModel::scenario,
            org.rsisim.models.economy.EconomyModel::scenario,
            org.rsisim.models.sie.SieScenarios::sie2025,
            org.rsisim.models.sie.SieScenarios::sie2025ComputeGrowth,
            org.rsisim.models.sie.SieScenarios::sie2025Retraining,
            org.rsisim.models.sie.SieScenarios::sie2025ConstantR,
            org.rsisim.models.aifutures.AiFuturesScenarios::aiFutures2025);

    private ScenarioCatalog() {
    }

    /**
     * Returns every named scenario, in a stable order.
     *
     * @return a new list
     */
    public static List<NamedScenario> all() {
        return ALL.stream().map(Supplier::get).toList();
    }

    /**
     * Returns a named scenario.
     *
     * @param name its name, such as {@code clark-2028}
     * @return the scenario
     * @throws IllegalArgumentException if there is no such scenario; the message lists the known names
     */
    public static NamedScenario get(String name) {
        List<NamedScenario> all = all();
        for (NamedScenario s : all) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; known: "
                + all.stream().map(NamedScenario::name).toList());
    }
}
