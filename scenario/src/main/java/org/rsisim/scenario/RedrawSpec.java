package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.core.Redraw;

/**
 * The {@code redraw} key of a scenario file (see {@code docs/scenarios.md}): redraw the parameter draws that the
 * model rejects ({@link org.rsisim.core.Experiment.Builder#redraw}), keeping the first draw of the parameters listed
 * under {@code keep}, at most {@code max-draws} draws per run (default {@value #DEFAULT_MAX_DRAWS}). An empty mapping
 * ({@code redraw: {}}) redraws every parameter; {@code redraw: false} switches off a {@code redraw} of the scenario
 * this one extends. Stateless.
 */
final class RedrawSpec {
    /** The keys of {@code redraw}. */
    static final Set<String> KEYS = Set.of("keep", "max-draws");
    /** The most draws per run when the file does not say. */
    static final int DEFAULT_MAX_DRAWS = 1000;

    private RedrawSpec() {
    }

    /**
     * Reads the key.
     *
     * @param node the value of {@code redraw}
     * @param model the scenario's model, whose parameters {@code keep} names
     * @return the option, or {@code null} for {@code redraw: false}
     * @throws ScenarioException located at the offending value: a value that is neither a mapping nor
     *         {@code false}, a key other than {@code keep} and
     *         {@code max-draws}, a name that is not a parameter (with the closest one) or repeats, or
     *         {@code max-draws} outside {@code [1, }{@value Redraw#MAX_DRAWS}{@code ]}
     */
    static Redraw parse(Node node, Model model) {
        if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.BOOLEAN && !Boolean.parseBoolean(s.text())) {
            return null;
        }
        if (!(node instanceof Node.Mapping)) {
            throw new ScenarioException(node.location(), "redraw must be a mapping {keep: [names], max-draws: N} "
                    + "({} to redraw every parameter) or false, got " + node.kindName());
        }
        Node.Mapping m = Values.mapping(node, "redraw");
        m.requireKeysIn("redraw", KEYS);
        int maxDraws = DEFAULT_MAX_DRAWS;
        if (m.has("max-draws")) {
            long v = Values.whole(m.get("max-draws"), "redraw max-draws");
            if (v < 1 || v > Redraw.MAX_DRAWS) {
                throw new ScenarioException(m.get("max-draws").location(), "redraw max-draws = " + v
                        + " must lie in [1, " + Redraw.MAX_DRAWS + "]");
            }
            maxDraws = (int) v;
        }
        List<String> keep = new ArrayList<>();
        if (m.has("keep")) {
            List<String> known = model.parameters().stream().map(Parameter::name).toList();
            for (Node.Scalar s : Values.texts(m.get("keep"), "redraw keep")) {
                String name = s.text();
                if (!known.contains(name)) {
                    throw new ScenarioException(s.location(), "redraw keeps '" + name + "', which is not a "
                            + "parameter of model " + model.name() + Suggestions.didYouMean(name, known)
                            + "; parameters: " + known);
                }
                if (keep.contains(name)) {
                    throw new ScenarioException(s.location(), "redraw keep names '" + name + "' twice");
                }
                keep.add(name);
            }
        }
        return new Redraw(maxDraws, keep);
    }
}
