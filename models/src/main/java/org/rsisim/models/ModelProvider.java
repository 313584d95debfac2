package org.rsisim.models;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;

/**
 * One kind of {@link Model}, known by name, that builds models from their settings: a view of a model class with its
 * default settings, as {@link ModelCatalog} finds it.
 *
 * <p>A model has two sorts of inputs. <em>Parameters</em> ({@link Model#parameters()}) may differ from run to run
 * and are drawn from the scenario's distributions. <em>Settings</em> ({@link Model#settings()}) shape the model
 * itself and are the same in every run of an experiment: the number of generations, the start date, the horizon,
 * the thresholds that define events. Both are declared with {@link org.rsisim.core.Declarations}, which checks
 * settings in one place.
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
     * Returns the provider of a model's kind: its name, description and settings, and
     * {@link Model#withSettings} to build it with other settings.
     *
     * @param defaults the model with its default settings
     * @return an immutable provider
     */
    static ModelProvider of(Model defaults) {
        Objects.requireNonNull(defaults, "defaults");
        return new ModelProvider() {
            @Override
            public String name() {
                return defaults.name();
            }

            @Override
            public String description() {
                return defaults.description();
            }

            @Override
            public List<Parameter> settings() {
                return defaults.settings();
            }

            @Override
            public Model create(Map<String, Double> given) {
                return given.isEmpty() ? defaults : defaults.withSettings(given);
            }

            @Override
            public String toString() {
                return "ModelProvider[" + defaults.name() + "]";
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
