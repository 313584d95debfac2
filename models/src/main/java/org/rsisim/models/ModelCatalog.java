package org.rsisim.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every model kind known by name: the ones this library ships, then those other jars provide as services.
 *
 * <p>A user's own model becomes usable in scenario files and on the command line by implementing
 * {@link ModelProvider} and listing the class in {@code META-INF/services/org.rsisim.models.ModelProvider} of its
 * jar. A provided model may not reuse the name of a built-in one.
 */
public final class ModelCatalog {
    private static final List<ModelProvider> ALL = List.of(
            new org.rsisim.models.alignment.AlignmentModelProvider(),
            new org.rsisim.models.rsi.RsiChainProvider(),
            org.rsisim.models.bottleneck.BottleneckModel.PROVIDER,
            org.rsisim.models.capability.CapabilityModel.PROVIDER,
            org.rsisim.models.explosion.ExplosionModel.PROVIDER,
            org.rsisim.models.economy.EconomyModel.PROVIDER,
            org.rsisim.models.aifutures.AiFuturesModel.PROVIDER);

    private ModelCatalog() {
    }

    /**
     * Returns every model kind, in a stable order.
     *
     * @return an immutable list
     */
    public static List<ModelProvider> all() {
        List<ModelProvider> all = new ArrayList<>(ALL);
        Set<String> names = new HashSet<>();
        ALL.forEach(p -> names.add(p.name()));
        for (ModelProvider p : ServiceLoader.load(ModelProvider.class)) {
            if (!names.add(p.name())) {
                throw new IllegalStateException("model name '" + p.name() + "' of " + p.getClass().getName()
                        + " is already taken");
            }
            all.add(p);
        }
        return List.copyOf(all);
    }

    /**
     * Returns a model kind by name.
     *
     * @param name the name, such as {@code rsi-chain}
     * @return the provider
     * @throws IllegalArgumentException if there is no such model; the message lists the known names
     */
    public static ModelProvider get(String name) {
        List<ModelProvider> all = all();
        for (ModelProvider p : all) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; known: "
                + all.stream().map(ModelProvider::name).toList());
    }
}
