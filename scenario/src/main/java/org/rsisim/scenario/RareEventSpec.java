package org.rsisim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.rare.ImportanceSampling;
import org.rsisim.core.rare.RareEvent;

/**
 * The {@code rare-event} key of a scenario file (see {@code docs/scenarios.md}), read into the settings of
 * {@code rsisim rare}: the event ({@code metric} with {@code at-most} or {@code at-least}, or {@code event} with
 * {@code by}) and the settings of {@link ImportanceSampling}. Values the file leaves out take the library's defaults.
 *
 * @param event the event
 * @param runs final runs, or {@code null} for the library's default
 * @param pilotRuns runs per cross-entropy iteration, or {@code null}
 * @param eliteFraction the elite fraction, or {@code null}
 * @param maxIterations the most cross-entropy iterations, or {@code null}
 * @param shift a given shift of the normal scores by parameter name, or {@code null} to choose it by cross-entropy
 * @param location where {@code rare-event} was written
 */
public record RareEventSpec(RareEvent event, Long runs, Integer pilotRuns, Double eliteFraction, Integer maxIterations,
                            Map<String, Double> shift, Location location) {
    /** The keys of {@code rare-event}. */
    public static final Set<String> KEYS = Set.of("metric", "at-most", "at-least", "event", "by", "runs",
            "pilot-runs", "elite-fraction", "max-iterations", "shift");

    /** Copies the shift. */
    public RareEventSpec {
        shift = shift == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shift));
    }

    /**
     * Builds the importance sampling of an experiment with these settings.
     *
     * @param experiment the scenario's experiment
     * @param runsOverride final runs from the command line, or {@code null} for the file's
     * @return the settings, checked
     * @throws ScenarioException located at {@code rare-event} if the library refuses a value
     */
    public ImportanceSampling importanceSampling(Experiment experiment, Long runsOverride) {
        try {
            ImportanceSampling.Builder b = ImportanceSampling.builder(experiment, event);
            Long n = runsOverride != null ? runsOverride : runs;
            if (n != null) {
                b.runs(n);
            }
            if (pilotRuns != null) {
                b.pilotRuns(pilotRuns);
            }
            if (eliteFraction != null) {
                b.eliteFraction(eliteFraction);
            }
            if (maxIterations != null) {
                b.maxIterations(maxIterations);
            }
            if (shift != null) {
                b.shift(shift);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(location, "rare-event: " + e.getMessage(), e);
        }
    }

    static RareEventSpec parse(Node node, Model model) {
        Node.Mapping m = Values.mapping(node, "rare-event");
        m.requireKeysIn("rare-event", KEYS);
        RareEvent event;
        if (m.has("metric") == m.has("event")) {
            throw new ScenarioException(m.location(), "rare-event needs either 'metric' (with 'at-most' or "
                    + "'at-least') or 'event' (with 'by')");
        }
        if (m.has("metric")) {
            String metric = ScenarioCompiler.observable(model, m.get("metric"), Observable.Kind.METRIC);
            if (m.has("at-most") == m.has("at-least")) {
                throw new ScenarioException(m.keyLocation("metric"), "rare-event on metric " + metric
                        + " needs exactly one of 'at-most' and 'at-least', the level the metric reaches");
            }
            if (m.has("by")) {
                throw new ScenarioException(m.keyLocation("by"), "rare-event 'by' goes with 'event', not 'metric'");
            }
            boolean atMost = m.has("at-most");
            String key = atMost ? "at-most" : "at-least";
            double level = finite(m.get(key), "rare-event " + key);
            event = atMost ? RareEvent.metricAtMost(metric, level) : RareEvent.metricAtLeast(metric, level);
        } else {
            String e = ScenarioCompiler.observable(model, m.get("event"), Observable.Kind.EVENT);
            if (!m.has("by")) {
                throw new ScenarioException(m.keyLocation("event"), "rare-event on event " + e + " needs 'by', the "
                        + "time t of P(" + e + " by t)");
            }
            for (String k : new String[] {"at-most", "at-least"}) {
                if (m.has(k)) {
                    throw new ScenarioException(m.keyLocation(k), "rare-event '" + k + "' goes with 'metric', not "
                            + "'event'");
                }
            }
            event = RareEvent.eventBy(e, finite(m.get("by"), "rare-event by"));
        }
        Long runs = null;
        if (m.has("runs")) {
            long r = Values.whole(m.get("runs"), "rare-event runs");
            if (r < 100 || r > ImportanceSampling.MAX_RUNS) {
                throw new ScenarioException(m.get("runs").location(), "rare-event runs = " + r + " must lie in [100, "
                        + ImportanceSampling.MAX_RUNS + "]");
            }
            runs = r;
        }
        Integer pilot = null;
        if (m.has("pilot-runs")) {
            long r = Values.whole(m.get("pilot-runs"), "rare-event pilot-runs");
            if (r < 100 || r > ImportanceSampling.MAX_PILOT_RUNS) {
                throw new ScenarioException(m.get("pilot-runs").location(), "rare-event pilot-runs = " + r
                        + " must lie in [100, " + ImportanceSampling.MAX_PILOT_RUNS + "]");
            }
            pilot = (int) r;
        }
        Double elite = null;
        if (m.has("elite-fraction")) {
            double f = Values.number(m.get("elite-fraction"), "rare-event elite-fraction");
            if (!(f >= 0.001 && f <= 0.5)) {
                throw new ScenarioException(m.get("elite-fraction").location(), "rare-event elite-fraction = " + f
                        + " must lie in [0.001, 0.5]");
            }
            elite = f;
        }
        Integer iterations = null;
        if (m.has("max-iterations")) {
            long i = Values.whole(m.get("max-iterations"), "rare-event max-iterations");
            if (i < 0 || i > 100) {
                throw new ScenarioException(m.get("max-iterations").location(), "rare-event max-iterations = " + i
                        + " must lie in [0, 100]");
            }
            iterations = (int) i;
        }
        Map<String, Double> shift = null;
        if (m.has("shift")) {
            Node.Mapping sm = Values.mapping(m.get("shift"), "rare-event shift");
            shift = new LinkedHashMap<>();
            for (Node.Key k : sm.keys().values()) {
                double v = Values.number(sm.get(k.name()), "rare-event shift " + k.name());
                if (!(Math.abs(v) <= 40)) {
                    throw new ScenarioException(sm.get(k.name()).location(), "rare-event shift " + k.name() + " = "
                            + v + " must lie in [-40, 40]");
                }
                shift.put(k.name(), v);
            }
        }
        return new RareEventSpec(event, runs, pilot, elite, iterations, shift, m.location());
    }

    private static double finite(Node node, String what) {
        double v = Values.number(node, what);
        if (!(Math.abs(v) < Double.POSITIVE_INFINITY)) {
            throw new ScenarioException(node.location(), what + " = " + v + " must be a finite number");
        }
        return v;
    }
}
