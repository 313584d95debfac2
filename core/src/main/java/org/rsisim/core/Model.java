package org.rsisim.core;

import java.util.List;
import java.util.Map;

/**
 * A stochastic model of the world that the engine runs many times.
 *
 * <p>A model is immutable and thread-safe. It declares, with {@link Declarations}, the {@linkplain #parameters()
 * parameters} it reads (each run receives one value per parameter, in declaration order, read with the
 * {@link ParameterId} handles), the {@linkplain #observables() observables} it writes (into a {@link Sink}, with the
 * {@link MetricId}, {@link EventId} and {@link SeriesId} handles) and the {@linkplain #settings() settings} that
 * shape it for a whole experiment. The mutable state of a run lives in a {@link Simulation} that the engine asks for
 * once per worker thread and reuses for every run of that worker.
 *
 * <p>A model class with a public constructor without arguments (the model with its default settings) is found by
 * {@link java.util.ServiceLoader} when its jar lists it in {@code META-INF/services/org.rsisim.core.Model} (or, on
 * the module path, {@code provides org.rsisim.core.Model with ...}); its {@link #withSettings} builds the model with
 * other settings. That is the whole recipe for making a model usable by name in scenario files and on the command
 * line; the models this library ships are found the same way.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Validate every setting when the model is built, never inside {@link Simulation#run}.</li>
 *   <li>Draw every random number from the {@link RunStreams} handed to {@link #newSimulation}, one stream component
 *       per source of randomness, so that runs are reproducible and scenarios can share random numbers.</li>
 *   <li>Do not allocate, box, log or lock in the per-generation loop of {@link Simulation#run}.</li>
 * </ul>
 */
public interface Model {

    /**
     * Returns the name under which the model is known, such as {@code rsi-chain}.
     *
     * @return a short lower-case name, never {@code null}
     */
    String name();

    /**
     * Returns one paragraph saying what the model is for.
     *
     * @return the description; by default the empty string
     */
    default String description() {
        return "";
    }

    /**
     * Returns the settings that shape the model for a whole experiment, with their ranges and defaults.
     *
     * @return an immutable list; by default empty
     */
    default List<Parameter> settings() {
        return List.of();
    }

    /**
     * Returns this kind of model built with the given settings; settings not given take their defaults (not this
     * model's values). Implementations resolve the map with {@link Declarations#resolve}, the one place settings
     * are checked.
     *
     * @param settings values by setting name; may be empty
     * @return the model
     * @throws IllegalArgumentException if a name is not a setting or a value is not allowed; the message names the
     *         setting, the value and the allowed range ({@link InvalidValueException} carries them as fields)
     */
    default Model withSettings(Map<String, Double> settings) {
        if (!settings.isEmpty()) {
            throw new IllegalArgumentException("model " + name() + " has no setting '"
                    + settings.keySet().iterator().next() + "'; known: []");
        }
        return this;
    }

    /**
     * Returns the parameters the model reads, in the order of the array passed to {@link Simulation#run}.
     *
     * @return an immutable list; names are unique
     */
    List<Parameter> parameters();

    /**
     * Returns what a run can record; the index of an observable in this list is the index of its handle.
     *
     * @return an immutable list; names are unique
     */
    List<Observable> observables();

    /**
     * Creates the mutable per-worker state of the model, bound to the streams that the engine re-positions before
     * each run. Acquire the stream components here ({@link RunStreams#component(int)}) and build samplers on them
     * once; they stay valid for every run.
     *
     * @param streams the random streams of the worker
     * @return a simulation owned by one thread
     */
    Simulation newSimulation(RunStreams streams);

    /**
     * Returns the index of the named parameter.
     *
     * @param name parameter name
     * @return its index in {@link #parameters()}
     * @throws IllegalArgumentException if the model has no such parameter; the message lists the known names
     */
    default int parameterIndex(String name) {
        List<Parameter> list = parameters();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("model " + name() + " has no parameter '" + name + "'; known: "
                + list.stream().map(Parameter::name).toList());
    }

    /**
     * Returns the index of the named observable.
     *
     * @param name observable name
     * @return its index in {@link #observables()}
     * @throws IllegalArgumentException if the model has no such observable; the message lists the known names
     */
    default int observableIndex(String name) {
        List<Observable> list = observables();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("model " + name() + " has no observable '" + name + "'; known: "
                + list.stream().map(Observable::name).toList());
    }
}
