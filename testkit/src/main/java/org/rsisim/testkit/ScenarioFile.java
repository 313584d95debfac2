package org.rsisim.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.models.ModelProvider;
import org.rsisim.scenario.Location;
import org.rsisim.scenario.Node;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.YamlTreeReader;

/**
 * A generated scenario file together with the choices it was written from: the model, its settings, each
 * parameter's prior (as written in the file and as the {@link Distribution} that {@code Distributions} builds for
 * it), a rank correlation, the run count, the seed, the block size, the antithetic and quasi-random options, the
 * observed observables and the report times of events. {@link #yaml()} is the file's text, {@link #compile()}
 * compiles that text with the scenario language, and {@link #experiment()} builds the same experiment directly
 * with {@link Experiment.Builder}, without the scenario language, so that a property can check the two agree. It
 * prints as its text, so a failing try shows the file that made it fail. Immutable.
 *
 * <p>Made by {@link ScenarioArbitraries}.
 */
public final class ScenarioFile {
    /**
     * One parameter's prior: how the file writes it and the distribution it stands for.
     *
     * @param yaml the value written after {@code name: }, such as {@code {uniform: {min: 0.1, max: 0.5}}}
     * @param distribution the distribution built directly from the same numbers
     * @param form the form's name as {@link ExperimentArbitraries#FORMS} or the file spell it, with its
     *        modifiers, such as {@code lognormal{p10,p90}+shift+clip}, for coverage statistics
     */
    public record Prior(String yaml, Distribution distribution, String form) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Prior {
            Objects.requireNonNull(yaml, "yaml");
            Objects.requireNonNull(distribution, "distribution");
            Objects.requireNonNull(form, "form");
        }
    }

    private final String name;
    private final ModelProvider provider;
    private final Map<String, Double> settings;
    private final Map<String, Prior> parameters;
    private final Correlation correlation;
    private final long runs;
    private final long seed;
    private final Integer blockSize;
    private final boolean antithetic;
    private final boolean quasiRandom;
    private final List<String> observe;
    private final Map<String, double[]> eventTimes;

    ScenarioFile(String name, ModelProvider provider, Map<String, Double> settings, Map<String, Prior> parameters,
                 Correlation correlation, long runs, long seed, Integer blockSize, boolean antithetic,
                 boolean quasiRandom, List<String> observe, Map<String, double[]> eventTimes) {
        this.name = name;
        this.provider = provider;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.correlation = correlation;
        this.runs = runs;
        this.seed = seed;
        this.blockSize = blockSize;
        this.antithetic = antithetic;
        this.quasiRandom = quasiRandom;
        this.observe = List.copyOf(observe);
        Map<String, double[]> times = new LinkedHashMap<>();
        eventTimes.forEach((k, v) -> times.put(k, v.clone()));
        this.eventTimes = times;
    }

    /** @return the scenario's name, written as {@code name:} */
    public String name() {
        return name;
    }

    /** @return the catalog's provider of the model the file names */
    public ModelProvider provider() {
        return provider;
    }

    /** @return the settings the file writes, by name, in declaration order */
    public Map<String, Double> settings() {
        return settings;
    }

    /** @return the priors the file writes, by parameter name, in the model's order; others keep their defaults */
    public Map<String, Prior> parameters() {
        return parameters;
    }

    /** @return whether the file asks for antithetic pairs */
    public boolean antithetic() {
        return antithetic;
    }

    /** @return whether the file asks for quasi-random parameters */
    public boolean quasiRandom() {
        return quasiRandom;
    }

    /** @return whether the file has a {@code correlations} section */
    public boolean correlated() {
        return correlation != null;
    }

    /** @return the file's run count */
    public long runs() {
        return runs;
    }

    /**
     * Returns the file's text: YAML in the scenario language of docs/scenarios.md, numbers written with
     * {@link Double#toString} so that they read back to the same bits.
     *
     * @return the text, ending with a newline
     */
    public String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(name).append('\n');
        y.append("model: ").append(provider.name()).append('\n');
        if (!settings.isEmpty()) {
            y.append("settings:\n");
            settings.forEach((k, v) -> y.append("  ").append(k).append(": ").append(number(v)).append('\n'));
        }
        if (!parameters.isEmpty()) {
            y.append("parameters:\n");
            parameters.forEach((k, v) -> y.append("  ").append(k).append(": ").append(v.yaml()).append('\n'));
        }
        if (correlation != null) {
            y.append("correlations:\n  parameters: [").append(String.join(", ", correlation.names()))
                    .append("]\n  matrix:\n");
            for (double[] row : correlation.matrix()) {
                y.append("    - ").append(numbers(row)).append('\n');
            }
        }
        y.append("runs: ").append(runs).append('\n');
        y.append("seed: ").append(seed).append('\n');
        if (blockSize != null) {
            y.append("block-size: ").append(blockSize).append('\n');
        }
        if (antithetic) {
            y.append("antithetic: true\n");
        }
        if (quasiRandom) {
            y.append("quasi-random: true\n");
        }
        if (!observe.isEmpty()) {
            y.append("observe: [").append(String.join(", ", observe)).append("]\n");
        }
        if (!eventTimes.isEmpty()) {
            y.append("report:\n  events:\n");
            eventTimes.forEach((k, v) -> y.append("    ").append(k).append(": {times: ").append(numbers(v))
                    .append("}\n"));
        }
        return y.toString();
    }

    /**
     * Compiles {@link #yaml()} with the scenario language, as {@code rsisim run} does a file.
     *
     * @return the compiled scenario
     * @throws org.rsisim.scenario.ScenarioException if the language refuses the file (a generated file never
     *         should be refused; a property reports it)
     */
    public Scenario compile() {
        String file = name + ".yaml";
        Node root = YamlTreeReader.read(file, yaml());
        if (!(root instanceof Node.Mapping mapping)) {
            throw new IllegalStateException("the generated file is not a map:\n" + yaml());
        }
        return ScenarioCompiler.compile(mapping, name, Location.startOf(file));
    }

    /**
     * Builds the experiment of the same choices directly, with {@link Experiment.Builder} and the distributions of
     * {@link Prior#distribution()}, without the scenario language.
     *
     * @return the experiment
     * @throws IllegalArgumentException if the builder refuses the choices (a generated file never should be)
     */
    public Experiment experiment() {
        Model model = provider.create(settings);
        Experiment.Builder b = Experiment.builder(model).name(name).runs(runs).seed(seed);
        if (blockSize != null) {
            b.blockSize(blockSize);
        }
        parameters.forEach((k, v) -> b.parameter(k, v.distribution()));
        b.antithetic(antithetic).quasiRandom(quasiRandom).observe(observe);
        b.correlation(correlation);
        eventTimes.forEach(b::eventTimes);
        return b.build();
    }

    /**
     * Writes a number as the file does: {@link Double#toString}, which reads back to the same {@code double}.
     *
     * @param v a finite number
     * @return its text
     */
    static String number(double v) {
        return Double.toString(v);
    }

    /**
     * Writes numbers as a YAML flow list, each as {@link #number} writes it.
     *
     * @param values finite numbers
     * @return such as {@code [1.0, 2.5]}
     */
    static String numbers(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(number(v));
        }
        return "[" + String.join(", ", out) + "]";
    }

    /** @return the file's text */
    @Override
    public String toString() {
        return yaml();
    }

    /**
     * Two files are equal when their text is.
     *
     * @param o another object
     * @return whether it is a scenario file with the same text
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioFile f && f.yaml().equals(yaml());
    }

    /** @return the hash of the text */
    @Override
    public int hashCode() {
        return yaml().hashCode();
    }
}
