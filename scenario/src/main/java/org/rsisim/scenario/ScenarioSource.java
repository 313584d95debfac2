package org.rsisim.scenario;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scenario read but not yet compiled: the tree of a scenario file merged with everything it {@code extends}, or of
 * a bundled scenario. It holds plain text, numbers, lists and maps only, so it is serialisable: a cluster ships it to
 * its machines, which compile it there ({@link #compile()}) without reading any file. Immutable.
 *
 * @param root the merged tree
 * @param defaultName the name used when the tree has no {@code name}: the file name without {@code .yaml}, or the
 *        bundled scenario's name
 * @param source where the scenario starts, for located errors
 */
public record ScenarioSource(Node.Mapping root, String defaultName, Location source) implements Serializable {
    /**
     * Validates the record.
     */
    public ScenarioSource {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(defaultName, "defaultName");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Reads a scenario file with everything it extends.
     *
     * @param file the file, as the user named it
     * @return the source
     * @throws ScenarioException if a file is missing, unreadable or malformed, or the chain has a cycle
     */
    public static ScenarioSource file(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
        return new ScenarioSource(ScenarioLoader.load(file), stem, Location.startOf(file.toString()));
    }

    /**
     * Reads a bundled scenario.
     *
     * @param name its name, as {@link ScenarioCatalog#names()} lists it
     * @return the source
     * @throws IllegalArgumentException if there is no such bundled scenario; the message lists the known names
     */
    public static ScenarioSource bundled(String name) {
        ScenarioCatalog.text(name);
        return new ScenarioSource(ScenarioLoader.loadBundled(name), name,
                Location.startOf(ScenarioLoader.bundledDisplay(name)));
    }

    /**
     * Reads a scenario given as text, such as one pasted into a page. It may extend bundled scenarios, by name, and
     * no file.
     *
     * @param display how errors name the text, such as {@code pasted.yaml}; its name without {@code .yaml} is the
     *        scenario's name when the text has no {@code name}
     * @param text the YAML text
     * @return the source
     * @throws ScenarioException if the text is malformed or extends a file or an unknown name
     */
    public static ScenarioSource text(String display, String text) {
        String stem = display.replaceFirst("\\.(ya?ml)$", "");
        return new ScenarioSource(ScenarioLoader.loadText(display, text), stem, Location.startOf(display));
    }

    /**
     * Reads a scenario named as on the command line: a file if one exists at that path or the text looks like a file
     * name (it ends in {@code .yaml} or {@code .yml}, or has a directory), else a bundled scenario.
     *
     * @param fileOrName a path or a bundled scenario's name
     * @return the source
     * @throws ScenarioException if the file is invalid
     * @throws IllegalArgumentException if it is neither a file nor a bundled scenario; the message names the closest
     *         bundled scenario and lists them all
     */
    public static ScenarioSource of(String fileOrName) {
        Path path = Path.of(fileOrName);
        boolean looksLikeFile = fileOrName.endsWith(".yaml") || fileOrName.endsWith(".yml")
                || fileOrName.contains("/") || fileOrName.contains("\\");
        if (Files.exists(path) || looksLikeFile) {
            return file(path);
        }
        List<String> names = ScenarioCatalog.names();
        if (!names.contains(fileOrName)) {
            throw new IllegalArgumentException("'" + fileOrName + "' is neither a file nor a bundled scenario"
                    + Suggestions.didYouMean(fileOrName, names) + "; bundled scenarios: " + names);
        }
        return bundled(fileOrName);
    }

    /**
     * Compiles the scenario.
     *
     * @return the scenario
     * @throws ScenarioException if anything in it is invalid
     */
    public Scenario compile() {
        return ScenarioCompiler.compile(root, defaultName, source);
    }
}
