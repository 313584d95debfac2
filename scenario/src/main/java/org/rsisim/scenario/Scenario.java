package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.Experiment;
import org.rsisim.core.InvalidValueException;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Redraw;
import org.rsisim.core.Target;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.ModelProvider;
import org.rsisim.models.analysis.Calibration;

/**
 * A scenario ready to run, compiled from a scenario file or a bundled one (see {@link ScenarioCompiler}). It builds
 * the {@link Experiment} of the scenario itself and of each sweep point, with the command line's overrides, and maps
 * a validation error of the core library or of a model to the place in the file that caused it. Immutable.
 */
public final class Scenario {
    private final String name;
    private final String description;
    private final String modelName;
    private final Location source;
    private final ReportSpec report;
    private final SweepSpec sweep;
    private final List<Observable> observables;
    private final ModelProvider provider;
    private final Map<String, Double> settings;
    private final Map<String, Distribution> parameters;
    private final Correlation correlation;
    private final Long runs;
    private final Long seed;
    private final Integer blockSize;
    private final Map<String, double[]> eventTimes;
    private final Target target;
    private final Map<String, Location> places;
    private final boolean antithetic;
    private final boolean quasiRandom;
    private final List<String> observe;
    private final AnalysisSpecs.Calibrate calibrate;
    private final AnalysisSpecs.Sensitivity sensitivity;
    private final RareEventSpec rareEvent;
    private final Redraw redraw;

    /** The parts of a file scenario, collected by the compiler. */
    static final class Parts {
        String name;
        String description = "";
        String modelName;
        Location source;
        ReportSpec report = ReportSpec.ALL;
        SweepSpec sweep;
        List<Observable> observables = List.of();
        ModelProvider provider;
        Map<String, Double> settings = new LinkedHashMap<>();
        Map<String, Distribution> parameters = new LinkedHashMap<>();
        Correlation correlation;
        Long runs;
        Long seed;
        Integer blockSize;
        Map<String, double[]> eventTimes = new LinkedHashMap<>();
        Target target;
        /** Where the file writes each name a library error may carry ({@link InvalidValueException#name()}). */
        Map<String, Location> places = new LinkedHashMap<>();
        boolean antithetic;
        boolean quasiRandom;
        List<String> observe = List.of();
        AnalysisSpecs.Calibrate calibrate;
        AnalysisSpecs.Sensitivity sensitivity;
        RareEventSpec rareEvent;
        Redraw redraw;
    }

    Scenario(Parts p) {
        this.name = p.name;
        this.description = p.description;
        this.modelName = p.modelName;
        this.source = p.source;
        this.report = p.report;
        this.sweep = p.sweep;
        this.observables = List.copyOf(p.observables);
        this.provider = p.provider;
        this.settings = Map.copyOf(p.settings);
        this.parameters = new LinkedHashMap<>(p.parameters);
        this.correlation = p.correlation;
        this.runs = p.runs;
        this.seed = p.seed;
        this.blockSize = p.blockSize;
        this.eventTimes = new LinkedHashMap<>(p.eventTimes);
        this.target = p.target;
        this.places = Map.copyOf(p.places);
        this.antithetic = p.antithetic;
        this.quasiRandom = p.quasiRandom;
        this.observe = List.copyOf(p.observe);
        this.calibrate = p.calibrate;
        this.sensitivity = p.sensitivity;
        this.rareEvent = p.rareEvent;
        this.redraw = p.redraw;
    }

    /** @return the scenario's name */
    public String name() {
        return name;
    }

    /** @return its description, possibly empty */
    public String description() {
        return description;
    }

    /** @return the model's catalog name */
    public String modelName() {
        return modelName;
    }

    /** @return where the scenario was written */
    public Location source() {
        return source;
    }

    /** @return what its reports show */
    public ReportSpec report() {
        return report;
    }

    /**
     * Returns the observables whose statistics the engine keeps ({@code observe}), in the model's order.
     *
     * @return the observed names; empty when every observable is observed
     */
    public List<String> observe() {
        return observe;
    }

    /**
     * Returns what the model records, the names {@code observe} and {@code --observe} choose from.
     *
     * @return the model's observables, in its order
     */
    public List<Observable> observables() {
        return observables;
    }

    /** @return the scenario's own precision target, or {@code null} */
    public Target target() {
        return target;
    }

    /** @return what {@code rsisim calibrate} fits, or {@code null} if the scenario has no {@code calibrate} */
    public AnalysisSpecs.Calibrate calibrate() {
        return calibrate;
    }

    /** @return the {@code sensitivity} settings, or {@code null} */
    public AnalysisSpecs.Sensitivity sensitivity() {
        return sensitivity;
    }

    /**
     * Returns the {@code redraw} option: the parameter draws the model rejects are drawn again.
     *
     * @return the option, or {@code null} if the scenario has no {@code redraw}
     */
    public Redraw redraw() {
        return redraw;
    }

    /** @return the {@code rare-event} settings of {@code rsisim rare}, or {@code null} */
    public RareEventSpec rareEvent() {
        return rareEvent;
    }

    /**
     * Builds the calibration of the scenario: its experiment with {@code runs-per-evaluation} runs (else the
     * scenario's runs), the free parameters and targets of {@code calibrate}.
     *
     * @param overrides command-line values; {@code --runs} sets the runs per evaluation
     * @param threads threads that run the model
     * @return the calibration, ready to fit
     * @throws ScenarioException if the scenario has no {@code calibrate}, or the library refuses a setting; located
     *         at the free parameter named in the message, else at {@code calibrate}
     */
    public Calibration calibration(Overrides overrides, int threads) {
        if (calibrate == null) {
            throw new ScenarioException(source, "scenario " + name + " has no 'calibrate' (free parameters and "
                    + "targets); add one (see docs/scenarios.md)");
        }
        Experiment e = experiment(overrides);
        try {
            if (overrides.runs() == null && calibrate.runsPerEvaluation() != null) {
                e = e.withRuns(calibrate.runsPerEvaluation());
            }
            Calibration.Builder b = Calibration.builder(e).threads(threads);
            calibrate.free().forEach(b::free);
            calibrate.targets().forEach(b::target);
            if (calibrate.maxEvaluations() != null) {
                b.maxEvaluations(calibrate.maxEvaluations());
            }
            return b.build();
        } catch (IllegalArgumentException ex) {
            Location at = calibrate.location();
            if (ex instanceof InvalidValueException iv) {
                for (int i = 0; i < calibrate.free().size(); i++) {
                    if (calibrate.free().get(i).name().equals(iv.name())) {
                        at = calibrate.freeLocations().get(i);
                        break;
                    }
                }
            }
            throw new ScenarioException(at, "calibrate: " + ex.getMessage(), ex);
        }
    }

    /**
     * Returns the value of every setting of the model in this scenario: the file's, else the model's default.
     *
     * @return values by setting name, in the model's order
     */
    public Map<String, Double> resolvedSettings() {
        Map<String, Double> all = new LinkedHashMap<>();
        for (org.rsisim.core.Parameter p : provider.settings()) {
            all.put(p.name(), settings.getOrDefault(p.name(), p.defaultValue()));
        }
        return all;
    }

    /**
     * Writes the scenario as it ran, resolved into one self-contained scenario file: every setting and every
     * parameter's distribution in the scenario language, correlations, runs, seed, precision target and block
     * size, designs, observed observables and report times, all taken from the experiment that ran (so command-line
     * overrides are in it), and the sweep if asked. {@code rsisim run} of that text, with the same rsisim version,
     * gives the same numbers to the bit; reports write it into {@code result.json} ({@code resolvedScenario}),
     * {@code scenario.yaml} and {@code report.html}.
     *
     * @param experiment the experiment that ran, from {@link #experiment(Overrides)}
     * @param withSweep whether to write the sweep (for a sweep's report)
     * @return the YAML text, ending with a newline
     */
    public String resolved(Experiment experiment, boolean withSweep) {
        return ResolvedScenario.write(this, experiment, resolvedSettings(), withSweep);
    }

    /** @return its sweep, or {@code null} */
    public SweepSpec sweep() {
        return sweep;
    }

    /**
     * Builds the experiment of the scenario.
     *
     * @param overrides command-line values
     * @return the experiment
     * @throws ScenarioException if the scenario is invalid; located at the offending key
     */
    public Experiment experiment(Overrides overrides) {
        return build(Map.of(), overrides, null);
    }

    /**
     * Builds the experiment of one sweep point: the scenario with the point's parameters fixed at (or settings set
     * to) its values, with the same seed.
     *
     * @param point the point
     * @param overrides command-line values
     * @return the experiment
     * @throws ScenarioException if a value is invalid; located at the sweep axis
     */
    public Experiment experiment(SweepSpec.Point point, Overrides overrides) {
        Map<String, Double> held = new LinkedHashMap<>();
        double[] values = point.values();
        for (int i = 0; i < values.length; i++) {
            held.put(point.axes().get(i).name(), values[i]);
        }
        return build(held, overrides, point.axes().get(point.axes().size() - 1).location());
    }

    private Experiment build(Map<String, Double> held, Overrides overrides, Location sweepAt) {
        try {
            Map<String, Double> s = new LinkedHashMap<>(settings);
            Map<String, Double> fixed = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : held.entrySet()) {
                if (provider.settings().stream().anyMatch(p -> p.name().equals(e.getKey()))) {
                    s.put(e.getKey(), e.getValue());
                } else {
                    fixed.put(e.getKey(), e.getValue());
                }
            }
            Model model = provider.create(s);
            Experiment.Builder b = Experiment.builder(model).name(name);
            if (runs != null) {
                b.runs(runs);
            }
            if (seed != null) {
                b.seed(seed);
            }
            if (blockSize != null) {
                b.blockSize(blockSize);
            }
            parameters.forEach(b::parameter);
            fixed.forEach((k, v) -> b.parameter(k, Distributions.fixed(v)));
            List<String> observed = overrides.observe() == null ? observe : overrides.observe();
            b.antithetic(antithetic).quasiRandom(quasiRandom).observe(observed).redraw(redraw);
            b.correlation(correlation);
            eventTimes.forEach((event, times) -> {
                if (observed.isEmpty() || observed.contains(event)) {
                    b.eventTimes(event, times);
                }
            });
            b.target(target);
            return overrides.applyTo(b, target).build();
        } catch (IllegalArgumentException e) {
            if (sweepAt != null) {
                throw new ScenarioException(sweepAt, "sweep point " + held + ": " + e.getMessage(), e);
            }
            throw new ScenarioException(locate(e), e.getMessage(), e);
        }
    }

    /**
     * Returns where the file writes what a library error refuses: the key of the parameter, setting, event or option
     * that an {@link InvalidValueException} names, else the scenario's start. The message is not read, so rewording
     * it moves nothing.
     *
     * @param e the library's error
     * @return the location of the key it names, or {@link #source()}
     */
    public Location locate(RuntimeException e) {
        if (e instanceof InvalidValueException iv && places.containsKey(iv.name())) {
            return places.get(iv.name());
        }
        return source;
    }
}
