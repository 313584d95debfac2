package org.rsisim.models;

import java.util.List;

/**
 * Every model kind this library ships, by name.
 */
public final class ModelCatalog {
    private static final List<ModelProvider> ALL = List.of(
            org.rsisim.models.bottleneck.BottleneckModel.PROVIDER,
            org.rsisim.models.capability.CapabilityModel.PROVIDER,
            org.rsisim.models.explosion.ExplosionModel.PROVIDER,
            org.rsisim.models.economy.EconomyModel.PROVIDER);

    private ModelCatalog() {
    }

    /**
     * Returns every model kind, in a stable order.
     *
     * @return an immutable list
     */
    public static List<ModelProvider> all() {
        return ALL;
    }

    /**
     * Returns a model kind by name.
     *
     * @param name the name, such as {@code rsi-chain}
     * @return the provider
     * @throws IllegalArgumentException if there is no such model; the message lists the known names
     */
    public static ModelProvider get(String name) {
        for (ModelProvider p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; known: "
                + ALL.stream().map(ModelProvider::name).toList());
    }
}
