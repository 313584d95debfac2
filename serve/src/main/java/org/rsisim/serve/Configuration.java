package org.rsisim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.Experiment;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelCatalog;
import org.rsisim.scenario.Location;
import org.rsisim.scenario.Node;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.ScenarioException;
import org.rsisim.scenario.ScenarioLoader;
import org.rsisim.scenario.ScenarioSource;
import org.rsisim.scenario.Suggestions;
import org.rsisim.scenario.YamlTreeReader;

/**
 * One configuration of the page compiled to a scenario: a bundled scenario or a pasted scenario text, the page's
 * edits of its parameters, and the runs and seed. The edits are written as the {@code parameters} map of a scenario
 * file laid over the base as {@code extends} lays a file over its base, so an edit is checked exactly as the same
 * line in a file is, and its error is located at that edit. Nothing in a configuration names a file of the server:
 * a pasted text may extend bundled scenarios only.
 */
final class Configuration {
    /** How errors name a pasted scenario text. */
    static final String PASTED = "pasted.yaml";
    private static final int MAX_EDIT_CHARS = 4000;
    private static final int MAX_EDITS = 500;

    final String side;
    final String bundled;
    final String text;
    final Map<String, String> edits;
    final Node.Mapping tree;
    final Scenario scenario;
    final Experiment experiment;

    private Configuration(String side, String bundled, String text, Map<String, String> edits, Node.Mapping tree,
            Scenario scenario, Experiment experiment) {
        this.side = side;
        this.bundled = bundled;
        this.text = text;
        this.edits = edits;
        this.tree = tree;
        this.scenario = scenario;
        this.experiment = experiment;
    }

    /**
     * Compiles a configuration.
     *
     * @param side {@code a} or {@code b}, the prefix of the fields of its edits
     * @param bundled a bundled scenario's name, or null when {@code text} is given
     * @param text a scenario text, or null when {@code bundled} is given
     * @param edits parameter name to its value or distribution, as written in a scenario file on one line
     * @param runs the runs, or null for the scenario's
     * @param seed the seed, or null for the scenario's
     * @param maxRuns the cap on runs
     * @throws BadRequest naming the field at fault, with the located message the command line gives
     */
    static Configuration compile(String side, String bundled, String text, Map<String, String> edits, Long runs,
            Long seed, long maxRuns) {
        Node.Mapping base = base(bundled, text);
        String display = "page edits (" + side.toUpperCase(java.util.Locale.ROOT) + ")";
        List<String> lines = new ArrayList<>();
        Node.Mapping tree = base;
        if (!edits.isEmpty()) {
            if (edits.size() > MAX_EDITS) {
                throw new BadRequest("scenario", "more than " + MAX_EDITS + " edited parameters");
            }
            StringBuilder yaml = new StringBuilder("parameters:\n");
            lines.add(null);
            for (Map.Entry<String, String> e : edits.entrySet()) {
                String name = e.getKey();
                String value = e.getValue();
                String field = side + "." + name;
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]{0,99}")) {
                    throw new BadRequest(field, "'" + abbreviate(name) + "' is not a parameter name (letters, digits, "
                            + "'_', '.' and '-', starting with a letter)");
                }
                if (value == null || value.isBlank()) {
                    throw new BadRequest(field, name + ": give a number or a distribution such as "
                            + "{uniform: {min: 1, max: 2}}");
                }
                if (value.length() > MAX_EDIT_CHARS || !value.chars().allMatch(c -> c >= 0x20 && c != 0x7f
                        && c != 0x85 && c != 0x2028 && c != 0x2029)) {
                    throw new BadRequest(field, name + ": a value is one line of at most " + MAX_EDIT_CHARS
                            + " characters, without control characters or line separators");
                }
                yaml.append("  ").append(name).append(": ").append(value.strip()).append('\n');
                lines.add(name);
            }
            Node parsed;
            try {
                parsed = YamlTreeReader.read(display, yaml.toString());
            } catch (ScenarioException ex) {
                throw located(ex, display, lines, side, bundled);
            }
            if (!(parsed instanceof Node.Mapping m) || m.values().size() != 1
                    || !(m.get("parameters") instanceof Node.Mapping p) || p.values().size() != edits.size()) {
                throw new BadRequest(side, "the edits of configuration " + side.toUpperCase(java.util.Locale.ROOT)
                        + " are not one value per parameter; write each value on one line, in flow style");
            }
            tree = ScenarioLoader.merge(base, new Node.Mapping(base.location(), m.keys(), m.values()));
        }
        String defaultName = bundled != null ? bundled : "pasted";
        Location source = Location.startOf(bundled != null ? "bundled/" + bundled + ".yaml" : PASTED);
        Scenario scenario;
        Experiment experiment;
        try {
            scenario = ScenarioCompiler.compile(tree, defaultName, source);
            if (runs != null && !(runs >= 1 && runs <= maxRuns)) {
                throw new BadRequest("runs", "runs " + runs + " must be a whole number in [1, " + maxRuns + "]"
                        + (maxRuns < Experiment.MAX_RUNS ? " (the server's cap; 'rsisim serve --max-runs' raises it)"
                                : ""));
            }
            experiment = scenario.experiment(new Overrides(runs, seed, null, null));
        } catch (ScenarioException ex) {
            throw located(ex, display, lines, side, bundled);
        } catch (IllegalArgumentException ex) {
            throw new BadRequest("runs", ex.getMessage());
        }
        if (experiment.runs() > maxRuns) {
            throw new BadRequest("runs", "the scenario asks for " + experiment.runs() + " runs, above the server's "
                    + "cap of " + maxRuns + "; set fewer runs or start 'rsisim serve --max-runs " + experiment.runs()
                    + "'");
        }
        return new Configuration(side, bundled, text, Map.copyOf(edits), tree, scenario, experiment);
    }

    private static Node.Mapping base(String bundled, String text) {
        if ((bundled == null) == (text == null)) {
            throw new BadRequest("scenario", "give either a bundled scenario's name or a scenario text");
        }
        if (bundled != null) {
            List<String> names = ScenarioCatalog.names();
            if (!names.contains(bundled)) {
                throw new BadRequest("scenario", "no bundled scenario '" + abbreviate(bundled) + "'"
                        + Suggestions.didYouMean(bundled, names) + "; bundled scenarios: " + names);
            }
            return ScenarioSource.bundled(bundled).root();
        }
        try {
            return ScenarioLoader.loadText(PASTED, text);
        } catch (ScenarioException ex) {
            throw new BadRequest("text", ex.getMessage());
        }
    }

    private static BadRequest located(ScenarioException ex, String display, List<String> lines, String side,
            String bundled) {
        Location at = ex.location();
        if (at.file().equals(display)) {
            int line = at.line() - 1;
            String name = line >= 0 && line < lines.size() ? lines.get(line) : null;
            return new BadRequest(name == null ? side : side + "." + name, ex.getMessage());
        }
        return new BadRequest(bundled != null ? "scenario" : "text", ex.getMessage());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "~";
    }

    /**
     * Describes the configuration for the page: its name, model and description, runs and seed, and every
     * parameter of its model with unit, range, default, description and the value the scenario gives it.
     */
    ObjectNode describe() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("name", scenario.name());
        o.put("description", scenario.description());
        o.put("model", scenario.modelName());
        o.put("runs", experiment.runs());
        o.put("seed", experiment.seed());
        var list = o.putArray("parameters");
        Node params = tree.get("parameters");
        for (Parameter p : ModelCatalog.get(scenario.modelName()).create().parameters()) {
            ObjectNode q = list.addObject();
            q.put("name", p.name());
            q.put("unit", p.unit());
            q.put("lower", number(p.lower()));
            q.put("upper", number(p.upper()));
            q.put("default", number(p.defaultValue()));
            q.put("description", p.description());
            Node given = params instanceof Node.Mapping m ? m.get(p.name()) : null;
            q.put("value", given == null ? number(p.defaultValue()) : flow(given));
            q.put("set", given != null);
        }
        return o;
    }

    private static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? ".inf" : "-.inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Writes a node on one line in YAML's flow style. */
    static String flow(Node n) {
        if (n instanceof Node.Scalar s) {
            if (s.kind() != Node.ScalarKind.TEXT || s.text().matches("[A-Za-z_][A-Za-z0-9_ .-]*")) {
                return s.kind() == Node.ScalarKind.NULL ? "null" : s.text();
            }
            return "\"" + s.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (n instanceof Node.Sequence q) {
            List<String> items = new ArrayList<>();
            q.items().forEach(i -> items.add(flow(i)));
            return "[" + String.join(", ", items) + "]";
        }
        Node.Mapping m = (Node.Mapping) n;
        List<String> items = new ArrayList<>();
        m.values().forEach((k, v) -> items.add(k + ": " + flow(v)));
        return "{" + String.join(", ", items) + "}";
    }

    /**
     * Returns the configuration as one scenario file with its runs and seed, which compiles to the same experiment.
     */
    String yaml() {
        ObjectNode root = (ObjectNode) json(tree);
        root.put("runs", experiment.runs());
        root.put("seed", experiment.seed());
        try {
            String body = YAML.writeValueAsString(root);
            return "# Written by 'rsisim serve': scenario " + scenario.name() + " with the page's edits; run it with\n"
                    + "# 'rsisim run FILE' for the same result.\n" + body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML = new com.fasterxml.jackson.databind.ObjectMapper(
            com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.SPLIT_LINES)
                    .build());

    private static JsonNode json(Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Node.Scalar s) {
            return switch (s.kind()) {
                case NULL -> f.nullNode();
                case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
                case NUMBER -> numberNode(s.text());
                case TEXT -> f.textNode(s.text());
            };
        }
        if (n instanceof Node.Sequence q) {
            var a = f.arrayNode();
            q.items().forEach(i -> a.add(json(i)));
            return a;
        }
        ObjectNode o = f.objectNode();
        Map<String, Node> values = new LinkedHashMap<>(((Node.Mapping) n).values());
        values.forEach((k, v) -> o.set(k, json(v)));
        return o;
    }

    private static JsonNode numberNode(String text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (text.matches("[-+]?[0-9]+")) {
            return f.numberNode(new java.math.BigInteger(text));
        }
        try {
            return f.numberNode(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return f.textNode(text);
        }
    }
}
