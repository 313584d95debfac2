package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rsisim.core.Experiment;
import org.rsisim.core.Manifest;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.Target;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;

/**
 * Writes the resolved form of a scenario as it ran: a self-contained scenario file (no {@code extends}) that names
 * every setting of the model with its value, every parameter with its distribution in the scenario language
 * ({@link DistributionText}), the correlations, runs, seed, precision target (with its block size), antithetic and
 * quasi-random designs, the redraw of rejected draws, the observed observables, the report's event times and, for a sweep, the sweep. Running
 * that file with the same rsisim version gives the same numbers, to the bit: every number is written as the
 * shortest text that reads back to the same {@code double}. Stateless.
 */
final class ResolvedScenario {
    private ResolvedScenario() {
    }

    static String write(Scenario s, Experiment e, Map<String, Double> settings, boolean withSweep) {
        StringBuilder y = new StringBuilder();
        y.append("# The scenario ").append(s.name()).append(" resolved as it ran with rsisim ")
                .append(Manifest.libraryVersion()).append(": every setting and\n# parameter of model ")
                .append(s.modelName()).append(" and every option. `rsisim run` of this file gives the same numbers.\n");
        y.append("name: ").append(quoted(s.name())).append('\n');
        if (!s.description().isEmpty()) {
            y.append("description: ").append(quoted(s.description())).append('\n');
        }
        y.append("model: ").append(s.modelName()).append('\n');
        if (!settings.isEmpty()) {
            y.append("settings:\n");
            settings.forEach((k, v) -> y.append("  ").append(k).append(": ").append(DistributionText.number(v))
                    .append('\n'));
        }
        List<Parameter> parameters = e.model().parameters();
        List<Distribution> marginals = e.jointDistribution().marginals();
        if (!parameters.isEmpty()) {
            y.append("parameters:\n");
            for (int i = 0; i < parameters.size(); i++) {
                y.append("  ").append(parameters.get(i).name()).append(": ")
                        .append(DistributionText.of(marginals.get(i))).append('\n');
            }
        }
        Correlation c = e.correlation();
        if (c != null) {
            y.append("correlations:\n  parameters: [").append(String.join(", ", c.names())).append("]\n  matrix:\n");
            for (double[] row : c.matrix()) {
                y.append("    - ").append(numbers(row)).append('\n');
            }
        }
        y.append("runs: ").append(e.runs()).append('\n');
        y.append("seed: ").append(e.seed()).append('\n');
        Target t = e.target();
        if (t != null) {
            y.append("precision: {").append(t.isEvent() ? "event: " + t.observable() + ", time: "
                    + DistributionText.number(t.time()) : "metric: " + t.observable()).append(", half-width: ")
                    .append(DistributionText.number(t.halfWidth())).append("}\n");
            y.append("block-size: ").append(e.blockSize()).append('\n');
        }
        if (e.antithetic()) {
            y.append("antithetic: true\n");
        }
        if (e.quasiRandom()) {
            y.append("quasi-random: true\n");
        }
        if (e.redraw() != null) {
            y.append("redraw: {max-draws: ").append(e.redraw().maxDraws()).append(", keep: [")
                    .append(String.join(", ", e.redraw().keep())).append("]}\n");
        }
        List<String> observed = e.observed();
        if (observed.size() < e.model().observables().size()) {
            y.append("observe: [").append(String.join(", ", observed)).append("]\n");
        }
        report(y, s.report(), e, observed);
        if (withSweep && s.sweep() != null) {
            sweep(y, s.sweep());
        }
        return y.toString();
    }

    private static void report(StringBuilder y, ReportSpec spec, Experiment e, List<String> observed) {
        Map<String, double[]> times = e.eventTimes();
        List<String> events = spec.events();
        if (events == null) {
            events = new ArrayList<>();
            for (Observable o : e.model().observables()) {
                if (o.kind() == Observable.Kind.EVENT && observed.contains(o.name())) {
                    events.add(o.name());
                }
            }
            if (times.isEmpty()) {
                events = null;
            }
        }
        if (spec.metrics() == null && events == null && spec.series() == null) {
            return;
        }
        y.append("report:\n");
        if (spec.metrics() != null) {
            y.append("  metrics: [").append(String.join(", ", spec.metrics())).append("]\n");
        }
        if (events != null) {
            y.append("  events:\n");
            for (String name : events) {
                double[] t = times.get(name);
                boolean none = t == null || t.length == 0;
                y.append("    ").append(name).append(none ? ": {}" : ": {times: " + numbers(t) + "}").append('\n');
            }
        }
        if (spec.series() != null) {
            y.append("  series: [").append(String.join(", ", spec.series())).append("]\n");
        }
    }

    private static void sweep(StringBuilder y, SweepSpec sweep) {
        y.append("sweep:\n");
        if (sweep.axes().size() == 1) {
            SweepSpec.Axis a = sweep.axes().get(0);
            y.append("  parameter: ").append(a.name()).append('\n');
            y.append("  values: ").append(numbers(a.values())).append('\n');
            return;
        }
        y.append("  parameters:\n");
        for (SweepSpec.Axis a : sweep.axes()) {
            y.append("    - {name: ").append(a.name()).append(", values: ").append(numbers(a.values())).append("}\n");
        }
        y.append("  grid: ").append(sweep.grid()).append('\n');
    }

    private static String numbers(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(DistributionText.number(v));
        }
        return "[" + String.join(", ", out) + "]";
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(ch < 0x20 ? String.format("\\x%02x", (int) ch) : String.valueOf(ch));
            }
        }
        return q.append('"').toString();
    }
}
