package org.rsisim.models;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;

/**
 * Builds one kind of {@link Model} from its structural settings.
 *
 * <p>A model has two sorts of inputs. <em>Parameters</em> ({@link Model#parameters()}) may differ from run to run
 * and are drawn from the scenario's distributions. <em>Settings</em> shape the model itself and are the same in
 * every run of an experiment: the number of generations, the start date, the horizon, the thresholds that define
 * events. Settings are declared with the same {@link Parameter} record (name, unit, allowed range, default).
 */
public interface ModelProvider {

    /**
     * Returns the name of the model kind, as written in scenario files, such as {@code rsi-chain}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns one paragraph saying what the model is for.
     *
     * @return the description
     */
    String description();

    /**
     * Returns the structural settings with their ranges and defaults.
     *
     * @return an immutable list
     */
    List<Parameter> settings();

    /**
     * Builds a model. Settings not given take their default.
     *
     * @param settings values by setting name
     * @return the model
     * @throws IllegalArgumentException if a name is not a setting or a value is outside its range; the message
     *         names the setting, the value and the allowed range
     */
    Model create(Map<String, Double> settings);

    /**
     * Builds the model with every setting at its default.
     *
     * @return the model
     */
    default Model create() {
        return create(Map.of());
    }

    /**
     * Returns a provider that resolves the given settings against their declarations (names checked, defaults
     * filled in, ranges checked by {@link Settings#resolve}) and builds the model from the values in declaration
     * order.
     *
     * @param name the model kind's name
     * @param description one paragraph saying what the model is for
     * @param settings the declared settings
     * @param factory builds a model from one value per declared setting
     * @return an immutable provider
     */
    static ModelProvider of(String name, String description, List<Parameter> settings,
                            Function<double[], Model> factory) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
        List<Parameter> declared = List.copyOf(settings);
        return new ModelProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<Parameter> settings() {
                return declared;
            }

            @Override
            public Model create(Map<String, Double> given) {
                return factory.apply(Settings.resolve(name, declared, given));
            }

            @Override
            public String toString() {
                return "ModelProvider[" + name + "]";
            }
        };
    }

    /**
     * Returns the parameters of the model built with default settings.
     *
     * @return the parameters
     */
    default List<Parameter> parameters() {
        return create().parameters();
    }
}
