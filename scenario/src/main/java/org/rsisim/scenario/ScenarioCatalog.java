package org.rsisim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The named scenarios this library ships, each a scenario file among this module's resources
 * ({@code org/rsisim/scenario/bundled/NAME.yaml}, listed in {@code bundled/index.txt}) compiled by
 * {@link ScenarioCompiler}. A scenario file may {@code extends} a bundled scenario by its name. Stateless and
 * thread-safe; each call compiles the files anew.
 */
public final class ScenarioCatalog {
    private static final String DIRECTORY = "bundled/";

    private ScenarioCatalog() {
    }

    /**
     * Returns the names of the bundled scenarios, in a stable order.
     *
     * @return the names
     */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Returns every named scenario, in the order of {@link #names()}.
     *
     * @return a new list
     * @throws ScenarioException if a bundled file does not compile (a packaging error)
     */
    public static List<NamedScenario> all() {
        return names().stream().map(ScenarioCatalog::compile).toList();
    }

    /**
     * Returns whether a bundled scenario has this name.
     *
     * @param name a name
     * @return true if {@link #get(String)} finds it
     */
    public static boolean contains(String name) {
        return names().contains(name);
    }

    /**
     * Returns a named scenario.
     *
     * @param name its name, such as {@code clark-2028}
     * @return the scenario
     * @throws IllegalArgumentException if there is no such scenario; the message lists the known names
     */
    public static NamedScenario get(String name) {
        return compile(requireKnown(name));
    }

    /**
     * Returns the text of a bundled scenario file, as shipped.
     *
     * @param name its name
     * @return the YAML text
     * @throws IllegalArgumentException if there is no such scenario; the message lists the known names
     */
    public static String text(String name) {
        return resource(requireKnown(name) + ".yaml");
    }

    private static String requireKnown(String name) {
        List<String> names = names();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'"
                    + Suggestions.didYouMean(String.valueOf(name), names) + "; known: " + names);
        }
        return name;
    }

    private static NamedScenario compile(String name) {
        Node.Mapping root = ScenarioLoader.loadBundled(name);
        Scenario scenario = ScenarioCompiler.compile(root, name, Location.startOf(ScenarioLoader.bundledDisplay(name)));
        return new NamedScenario(name, text(name), scenario);
    }

    private static String resource(String file) {
        try (InputStream in = ScenarioCatalog.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario resource " + DIRECTORY + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
