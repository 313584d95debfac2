package org.rsisim.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.rsisim.core.Model;

/**
 * Every model kind known by name, found by {@link ServiceLoader} as services of type {@link Model}: the ones this
 * library ships (listed in its own {@code META-INF/services/org.rsisim.core.Model}), then those other jars provide.
 *
 * <p>A user's own model becomes usable in scenario files and on the command line by giving its class a public
 * constructor without arguments (the model with its default settings) and listing the class in
 * {@code META-INF/services/org.rsisim.core.Model} of its jar (on the module path, {@code provides
 * org.rsisim.core.Model with ...}). No other class is needed. A provided model may not reuse the name of another.
 */
public final class ModelCatalog {
    private ModelCatalog() {
    }

    /**
     * Returns every model kind: this library's in a stable order, then the others in the order the class path
     * lists them.
     *
     * @return an immutable list
     * @throws IllegalStateException if two models have the same name
     */
    public static List<ModelProvider> all() {
        List<ModelProvider> bundled = new ArrayList<>();
        List<ModelProvider> others = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Model m : ServiceLoader.load(Model.class, ModelCatalog.class.getClassLoader())) {
            if (!names.add(m.name())) {
                throw new IllegalStateException("model name '" + m.name() + "' of " + m.getClass().getName()
                        + " is already taken");
            }
            boolean ours = m.getClass().getModule() == ModelCatalog.class.getModule()
                    && m.getClass().getName().startsWith("org.rsisim.models.");
            (ours ? bundled : others).add(ModelProvider.of(m));
        }
        bundled.addAll(others);
        return List.copyOf(bundled);
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
