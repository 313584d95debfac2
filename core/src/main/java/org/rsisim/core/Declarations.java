package org.rsisim.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a model declares: its per-run parameters, its settings and its observables, each declared once by a call
 * that hands back the typed handle the model reads or records with. The lists that {@link Model#parameters()},
 * {@link Model#settings()} and {@link Model#observables()} return come from the same calls, so an id cannot drift
 * from its list, and recording into an observable of the wrong kind does not compile.
 *
 * <p>A model usually declares its parameters and settings once per class, in a static instance, and its observables
 * in an instance of its own when their shape depends on the settings (a series as long as the number of
 * generations):
 * <pre>{@code
 * private static final Declarations KIND = new Declarations();
 * static final ParameterId P = KIND.parameter("fidelity_per_generation", "1", 0, 1, 0.999, "mean fidelity");
 * static final ParameterId GENERATIONS = KIND.wholeSetting("generations", "generation", 1, 1000, 50, "length");
 *
 * private final Declarations out = new Declarations();
 * private final MetricId finalFidelity = out.metric("final_fidelity", "1", "fidelity of the last generation");
 * }</pre>
 *
 * <p>Names are unique within each of the three lists. Once a list has been read it is fixed, and a later
 * declaration of its kind throws {@link IllegalStateException}. Settings are checked here, in one place, by
 * {@link #resolve}: names, ranges, whole numbers and the declared order constraints between settings.
 * Not thread-safe while declaring; the lists it returns are immutable.
 */
public final class Declarations {
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<Parameter> settings = new ArrayList<>();
    private final List<Observable> observables = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final Set<String> parameterNames = new HashSet<>();
    private final Set<String> settingNames = new HashSet<>();
    private final Set<String> observableNames = new HashSet<>();
    private boolean parametersRead;
    private boolean settingsRead;
    private boolean observablesRead;

    /** Creates empty declarations. */
    public Declarations() {
    }

    /** A declared constraint {@code setting > other + gap} (or {@code >=}). */
    private record Order(ParameterId setting, ParameterId other, double gap, boolean strict) {
    }

    /**
     * Declares a per-run parameter, in the order of the array a run receives.
     *
     * @param name unique name, lower snake case, such as {@code fidelity_per_generation}
     * @param unit unit of the value, {@code 1} for a dimensionless number
     * @param lower smallest allowed value (may be negative infinity)
     * @param upper largest allowed value (may be positive infinity)
     * @param defaultValue value used when a scenario does not set the parameter
     * @param description one sentence: what it is and where its default comes from
     * @return the handle that reads the parameter's value in a run
     * @throws IllegalArgumentException if the declaration is invalid ({@link Parameter}) or the name is taken
     * @throws IllegalStateException if the parameter list has been read
     */
    public ParameterId parameter(String name, String unit, double lower, double upper, double defaultValue,
                                 String description) {
        return add(new Parameter(name, unit, lower, upper, defaultValue, description), false);
    }

    /**
     * Declares a setting: a number that shapes the model for a whole experiment (a start date, a horizon, a
     * threshold that defines an event).
     *
     * @param name unique name among the settings
     * @param unit unit of the value
     * @param lower smallest allowed value
     * @param upper largest allowed value
     * @param defaultValue value used when none is given
     * @param description one sentence: what it is and where its default comes from
     * @return the handle that reads the setting from {@link #resolve}'s values
     * @throws IllegalArgumentException if the declaration is invalid or the name is taken
     * @throws IllegalStateException if the setting list has been read
     */
    public ParameterId setting(String name, String unit, double lower, double upper, double defaultValue,
                               String description) {
        return add(new Parameter(name, unit, lower, upper, defaultValue, description), true);
    }

    /**
     * Declares a setting that takes whole numbers only, such as a number of generations.
     *
     * @param name unique name among the settings
     * @param unit unit of the value
     * @param lower smallest allowed value
     * @param upper largest allowed value
     * @param defaultValue value used when none is given, a whole number
     * @param description one sentence: what it is and where its default comes from
     * @return the handle; read the value with {@link ParameterId#getInt}
     * @throws IllegalArgumentException if the declaration is invalid or the name is taken
     * @throws IllegalStateException if the setting list has been read
     */
    public ParameterId wholeSetting(String name, String unit, double lower, double upper, double defaultValue,
                                    String description) {
        return add(new Parameter(name, unit, lower, upper, defaultValue, description, true), true);
    }

    /**
     * Declares that a setting must be greater than another plus a gap ({@code setting > other + gap}, or
     * {@code >=} when not strict); {@link #resolve} checks it after the ranges.
     *
     * @param setting the setting that must be larger, such as {@code horizon}
     * @param other the setting it is compared with, such as {@code start_date}; declared here
     * @param gap the least difference, {@code >= 0}
     * @param strict whether equality at the gap is refused
     * @throws IllegalArgumentException if either handle is not a setting declared here, or the gap is negative
     */
    public void requireAbove(ParameterId setting, ParameterId other, double gap, boolean strict) {
        for (ParameterId id : List.of(setting, other)) {
            if (id.index() >= settings.size() || settings.get(id.index()) != id.parameter()) {
                throw new IllegalArgumentException(id + " is not a setting of these declarations");
            }
        }
        if (!(gap >= 0)) {
            throw new IllegalArgumentException("gap " + gap + " is not >= 0");
        }
        orders.add(new Order(setting, other, gap, strict));
    }

    private ParameterId add(Parameter p, boolean setting) {
        List<Parameter> list = setting ? settings : parameters;
        if (setting ? settingsRead : parametersRead) {
            throw new IllegalStateException((setting ? "setting " : "parameter ") + p.name()
                    + " declared after the list was read");
        }
        if (!(setting ? settingNames : parameterNames).add(p.name())) {
            throw new IllegalArgumentException((setting ? "setting " : "parameter ") + p.name()
                    + " is declared twice");
        }
        list.add(p);
        return new ParameterId(p, list.size() - 1);
    }

    /**
     * Declares a metric, one number per run.
     *
     * @param name unique name among the observables
     * @param unit unit of the value
     * @param description what it measures
     * @return the handle a run records it with
     * @throws IllegalArgumentException if the name is blank or taken
     * @throws IllegalStateException if the observable list has been read
     */
    public MetricId metric(String name, String unit, String description) {
        Observable o = addObservable(Observable.metric(name, unit, description));
        return new MetricId(o, observables.size() - 1);
    }

    /**
     * Declares an event: the time at which something happens in a run, censored if it does not.
     *
     * @param name unique name among the observables
     * @param unit unit of the time, such as {@code year}
     * @param origin time from which quantiles of the event time are measured, such as the start date
     * @param description what happens
     * @return the handle a run records it with
     * @throws IllegalArgumentException if the name is blank or taken, or the origin is not finite
     * @throws IllegalStateException if the observable list has been read
     */
    public EventId event(String name, String unit, double origin, String description) {
        Observable o = addObservable(Observable.event(name, unit, origin, description));
        return new EventId(o, observables.size() - 1);
    }

    /**
     * Declares a series: one number per step, for fan charts.
     *
     * @param name unique name among the observables
     * @param unit unit of the values
     * @param length number of steps, {@code >= 1}
     * @param indexStart index value of step 0, such as a start year
     * @param indexStep index increment per step, {@code > 0}
     * @param indexUnit unit of the index, such as {@code year} or {@code generation}
     * @param description what it measures
     * @return the handle a run records it with
     * @throws IllegalArgumentException if the declaration is invalid ({@link Observable}) or the name is taken
     * @throws IllegalStateException if the observable list has been read
     */
    public SeriesId series(String name, String unit, int length, double indexStart, double indexStep,
                           String indexUnit, String description) {
        Observable o = addObservable(Observable.series(name, unit, length, indexStart, indexStep, indexUnit,
                description));
        return new SeriesId(o, observables.size() - 1);
    }

    private Observable addObservable(Observable o) {
        if (observablesRead) {
            throw new IllegalStateException("observable " + o.name() + " declared after the list was read");
        }
        if (!observableNames.add(o.name())) {
            throw new IllegalArgumentException("observable " + o.name() + " is declared twice");
        }
        observables.add(o);
        return o;
    }

    /**
     * Returns the declared parameters, in declaration order, and fixes the list.
     *
     * @return an immutable list
     */
    public List<Parameter> parameters() {
        parametersRead = true;
        return List.copyOf(parameters);
    }

    /**
     * Returns the declared settings, in declaration order, and fixes the list.
     *
     * @return an immutable list
     */
    public List<Parameter> settings() {
        settingsRead = true;
        return List.copyOf(settings);
    }

    /**
     * Returns the declared observables, in declaration order, and fixes the list.
     *
     * @return an immutable list
     */
    public List<Observable> observables() {
        observablesRead = true;
        return List.copyOf(observables);
    }

    /**
     * Resolves settings: the given value of each declared setting, or its default, checked against its range, its
     * whole-number declaration and the declared order constraints. This is the one place settings are checked.
     *
     * @param model the model's name, for messages
     * @param given values by setting name; may be empty, never {@code null}
     * @return one value per declared setting, in declaration order, for {@link ParameterId#get}
     * @throws IllegalArgumentException if a given name is not a declared setting; the message lists the known names
     * @throws InvalidValueException if a value is NaN, outside its range, not a whole number where one is needed,
     *         or breaks an order constraint; the exception carries the setting's name and value
     */
    public double[] resolve(String model, Map<String, Double> given) {
        Objects.requireNonNull(given, "given");
        settingsRead = true;
        for (String key : given.keySet()) {
            if (!settingNames.contains(key)) {
                throw new IllegalArgumentException("model " + model + " has no setting '" + key + "'; known: "
                        + settings.stream().map(Parameter::name).toList());
            }
        }
        double[] v = new double[settings.size()];
        for (int i = 0; i < v.length; i++) {
            Parameter s = settings.get(i);
            Double x = given.get(s.name());
            v[i] = x == null ? s.defaultValue() : s.check("setting", x);
        }
        for (Order o : orders) {
            double value = o.setting().get(v);
            double bound = o.other().get(v) + o.gap();
            if (!(o.strict() ? value > bound : value >= bound)) {
                Parameter s = o.setting().parameter();
                String low = o.gap() == 0 ? o.other().get(v) + " (" + o.other() + ")"
                        : bound + " (" + o.other() + " + " + o.gap() + ")";
                throw new InvalidValueException("setting " + s.name() + " = " + value
                        + " is outside its allowed range " + (o.strict() ? "(" : "[") + low + ", "
                        + upper(s.upper()) + "]", s.name(), value);
            }
        }
        return v;
    }

    private static String upper(double upper) {
        return upper == Math.rint(upper) && Math.abs(upper) < 1e15 ? Long.toString((long) upper)
                : Double.toString(upper);
    }
}
