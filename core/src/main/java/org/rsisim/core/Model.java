package org.rsisim.core;

import java.util.List;

/**
 * A stochastic model of the world that the engine runs many times.
 *
 * <p>A model is immutable and thread-safe. It declares the {@linkplain #parameters() parameters} it reads (each run
 * receives one value per parameter, in declaration order) and the {@linkplain #observables() observables} it writes
 * (each run writes into a {@link Sink} using the observable's index in that list). The mutable state of a run lives
 * in a {@link Simulation} that the engine asks for once per worker thread and reuses for every run of that worker.
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
     * Returns the parameters the model reads, in the order of the array passed to {@link Simulation#run}.
     *
     * @return an immutable list; names are unique
     */
    List<Parameter> parameters();

    /**
     * Returns what a run can record; the index of an observable in this list is its id in {@link Sink}.
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
