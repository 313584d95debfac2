package org.rsisim.core;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model built from its declarations: the base class that writes {@link #name()}, {@link #description()},
 * {@link #parameters()}, {@link #settings()}, {@link #observables()} and {@link #withSettings} once for every model,
 * so that a model class holds only its handles, its constructor and its {@link #newSimulation}.
 *
 * <p>A subclass hands its name, its description, the {@link Declarations} of its kind (its per-run parameters and
 * its settings, usually one static instance) and the settings it is asked for to this class's constructor, which
 * resolves them with {@link Declarations#resolve}, the one place settings are checked. The subclass then reads the
 * resolved settings with {@link #setting} or {@link #wholeSetting} and declares its observables with
 * {@link #metric}, {@link #event} and {@link #series}, keeping the handles they return in final fields.
 * {@link #withSettings} builds the model anew through {@link #create}, which a model with settings overrides to call
 * its constructor. A model written this way names neither {@link Observable}, {@link Parameter} nor
 * {@link java.util.List}, so a wildcard import of {@code org.rsisim.core.*} next to {@code java.util.*} does not
 * clash on {@code Observable}.
 *
 * <p>A complete model: each of {@code n} steps succeeds with probability {@code p}; the run records how many
 * succeeded and whether all did.
 * <pre>{@code
 * import java.util.Map;
 * import org.apache.commons.rng.UniformRandomProvider;
 * import org.rsisim.core.*;
 *
 * public final class Coins extends DeclaredModel {
 *     private static final Declarations KIND = new Declarations();
 *     static final ParameterId P = KIND.parameter("p", "1", 0, 1, 0.5, "chance that a step succeeds");
 *     static final ParameterId STEPS = KIND.wholeSetting("steps", "step", 1, 1000, 10, "number of steps");
 *
 *     private final int steps;
 *     private final MetricId successes;
 *     private final EventId allSucceeded;
 *
 *     public Coins() {                       // the default settings; ServiceLoader calls this
 *         this(Map.of());
 *     }
 *
 *     private Coins(Map<String, Double> settings) {
 *         super("coins", "independent steps that each succeed with probability p", KIND, settings);
 *         steps = wholeSetting(STEPS);
 *         successes = metric("successes", "step", "number of steps that succeeded");
 *         allSucceeded = event("all_succeeded", "step", 0, "every step succeeded, at the last step");
 *     }
 *
 *     @Override
 *     protected Coins create(Map<String, Double> settings) {
 *         return new Coins(settings);
 *     }
 *
 *     @Override
 *     public Simulation newSimulation(RunStreams streams) {
 *         UniformRandomProvider rng = streams.component(0);
 *         return (parameters, sink) -> {
 *             double p = P.get(parameters);
 *             int count = 0;
 *             for (int i = 0; i < steps; i++) {
 *                 if (rng.nextDouble() < p) {
 *                     count++;
 *                 }
 *             }
 *             sink.metric(successes, count);
 *             if (count == steps) {
 *                 sink.event(allSucceeded, steps);
 *             }
 *         };
 *     }
 * }
 * }</pre>
 *
 * <p>{@link Model} stays the interface the engine knows; a class may still implement it directly. Immutable and
 * thread-safe once constructed, provided the subclass declares all its observables in its constructor: the list
 * of observables is fixed when it is first read, and a later declaration throws {@link IllegalStateException}.
 */
public abstract class DeclaredModel implements Model {
    private final String name;
    private final String description;
    private final Declarations kind;
    private final List<Parameter> parameters;
    private final List<Parameter> settings;
    private final double[] settingValues;
    private final Declarations outputs = new Declarations();
    private volatile List<Observable> observables;

    /**
     * Builds the model's declared part and resolves its settings.
     *
     * @param name the name under which the model is known, such as {@code rsi-chain}; not blank
     * @param description one paragraph saying what the model is for
     * @param kind the declarations of the model's parameters and settings, all declared before this call, and no
     *        observables
     * @param settings values by setting name; settings not given take their defaults; may be empty
     * @throws IllegalArgumentException if the name is blank, the kind declares observables, or a setting's name is
     *         not declared
     * @throws InvalidValueException if a setting's value is not allowed; it carries the setting's name and value
     * @throws NullPointerException if an argument is {@code null}
     */
    protected DeclaredModel(String name, String description, Declarations kind, Map<String, Double> settings) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("model name is blank");
        }
        if (!kind.observables().isEmpty()) {
            throw new IllegalArgumentException("model " + name + " declares observables in its kind; declare them"
                    + " with DeclaredModel.metric, event and series, which hand back this model's handles");
        }
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.settingValues = kind.resolve(name, settings);
        this.parameters = kind.parameters();
        this.settings = kind.settings();
    }

    /**
     * Returns the resolved value of one of this kind's settings.
     *
     * @param setting the handle {@link Declarations#setting} returned
     * @return the value this model was built with
     * @throws IllegalArgumentException if the handle is not a setting of this model's kind
     */
    protected final double setting(ParameterId setting) {
        return settingValues[ownSetting(setting)];
    }

    /**
     * Returns the resolved value of one of this kind's whole-number settings.
     *
     * @param setting the handle {@link Declarations#wholeSetting} returned
     * @return the value this model was built with, as an {@code int}
     * @throws IllegalArgumentException if the handle is not a setting of this model's kind
     */
    protected final int wholeSetting(ParameterId setting) {
        return (int) settingValues[ownSetting(setting)];
    }

    private int ownSetting(ParameterId id) {
        int i = id.index();
        if (i >= settings.size() || settings.get(i) != id.parameter()) {
            throw new IllegalArgumentException(id + " is not a setting of model " + name);
        }
        return i;
    }

    /**
     * Declares a metric of this model, one number per run ({@link Declarations#metric}).
     *
     * @param name unique name among the observables
     * @param unit unit of the value
     * @param description what it measures
     * @return the handle a run records it with
     * @throws IllegalArgumentException if the name is blank or taken
     * @throws IllegalStateException if the observables have been read
     */
    protected final MetricId metric(String name, String unit, String description) {
        return outputs.metric(name, unit, description);
    }

    /**
     * Declares an event of this model ({@link Declarations#event}).
     *
     * @param name unique name among the observables
     * @param unit unit of the time, such as {@code year}
     * @param origin time from which quantiles of the event time are measured, such as the start date
     * @param description what happens
     * @return the handle a run records it with
     * @throws IllegalArgumentException if the name is blank or taken, or the origin is not finite
     * @throws IllegalStateException if the observables have been read
     */
    protected final EventId event(String name, String unit, double origin, String description) {
        return outputs.event(name, unit, origin, description);
    }

    /**
     * Declares a series of this model, one number per step ({@link Declarations#series}).
     *
     * @param name unique name among the observables
     * @param unit unit of the values
     * @param length number of steps, {@code >= 1}
     * @param indexStart index value of step 0, such as a start year
     * @param indexStep index increment per step, {@code > 0}
     * @param indexUnit unit of the index, such as {@code year} or {@code generation}
     * @param description what it measures
     * @return the handle a run records it with
     * @throws IllegalArgumentException if the declaration is invalid or the name is taken
     * @throws IllegalStateException if the observables have been read
     */
    protected final SeriesId series(String name, String unit, int length, double indexStart, double indexStep,
                                    String indexUnit, String description) {
        return outputs.series(name, unit, length, indexStart, indexStep, indexUnit, description);
    }

    /**
     * Builds this kind of model with other settings; {@link #withSettings} calls it with settings that
     * {@link Declarations#resolve} accepted and that differ from this model's. A model with settings overrides it
     * to call its constructor; a model without settings never reaches it.
     *
     * @param settings values by setting name, as given to {@link #withSettings}
     * @return the model built with them
     * @throws UnsupportedOperationException by default: the model declares settings but does not override this
     */
    protected DeclaredModel create(Map<String, Double> settings) {
        throw new UnsupportedOperationException("model " + name + " declares settings "
                + this.settings.stream().map(Parameter::name).toList()
                + " but its class does not override DeclaredModel.create");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Returns this model when the settings resolve to the values it was built with, otherwise {@link #create}'s
     * model.
     */
    @Override
    public final Model withSettings(Map<String, Double> settings) {
        double[] resolved = kind.resolve(name, settings);
        return Arrays.equals(resolved, settingValues) ? this : create(settings);
    }

    /** @return the name given to the constructor */
    @Override
    public final String name() {
        return name;
    }

    /** @return the description given to the constructor */
    @Override
    public final String description() {
        return description;
    }

    /** @return the kind's parameters, in declaration order */
    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    /** @return the kind's settings, in declaration order */
    @Override
    public final List<Parameter> settings() {
        return settings;
    }

    /**
     * Returns the observables declared with {@link #metric}, {@link #event} and {@link #series}, in declaration
     * order; the first call fixes the list.
     *
     * @return an immutable list
     */
    @Override
    public final List<Observable> observables() {
        List<Observable> list = observables;
        if (list == null) {
            synchronized (outputs) {
                list = observables;
                if (list == null) {
                    list = outputs.observables();
                    observables = list;
                }
            }
        }
        return list;
    }

    /**
     * Returns the model's name, as scenario files and messages know it.
     *
     * @return {@link #name()}
     */
    @Override
    public String toString() {
        return name;
    }
}
