package org.rsisim.scenario;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file and the files it {@code extends}, and merges them into one tree.
 *
 * <p>{@code extends: base.yaml} names a file relative to the directory of the file that writes it. The child's keys
 * override the base's; the maps {@code settings}, {@code parameters}, {@code report} and {@code report.events} are
 * merged key by key (a child's parameter replaces the base's distribution of that parameter whole), every other key
 * is replaced whole. Chains are followed to any depth; a file that extends itself, directly or through others, is an
 * error naming the chain. {@code extends: NAME}, a name without {@code .yaml} suffix or directory, reads the bundled
 * scenario of that name ({@link ScenarioCatalog}). Every node keeps the location of the file it was written in.
 * Stateless.
 */
public final class ScenarioLoader {
    /** Maps merged key by key when a file extends another, as paths of keys from the root. */
    private static final Set<List<String>> MERGED = Set.of(List.of("settings"), List.of("parameters"),
            List.of("report"), List.of("report", "events"));
    /** Files larger than this are refused before parsing. */
    static final long MAX_BYTES = 1 << 20;

    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file with everything it extends.
     *
     * @param file the file, as the user named it
     * @return the merged tree, without the {@code extends} key
     * @throws ScenarioException if a file is missing, unreadable or malformed, or the chain has a cycle
     */
    public static Node.Mapping load(Path file) {
        return load(file, null, null, file.toString(), null, new ArrayDeque<>());
    }

    /**
     * Loads a scenario given as text, such as one pasted into a page, with everything it extends. The text may
     * extend bundled scenarios only, by name: it names no file, so reading it never reads a file of the machine.
     *
     * @param display how errors name the text, such as {@code pasted.yaml}
     * @param text the YAML text, at most 1 MiB (1,048,576 bytes) as UTF-8
     * @return the merged tree, without the {@code extends} key
     * @throws ScenarioException if the text is too long or malformed, or it extends a file or an unknown name
     */
    public static Node.Mapping loadText(String display, String text) {
        Location where = Location.startOf(display);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ScenarioException(where, "'" + display + "' is larger than " + MAX_BYTES
                    + " bytes; a scenario file is a short text");
        }
        return load(null, null, text, display, null, new ArrayDeque<>());
    }

    /**
     * Merges a scenario tree over a base as {@code extends} does: the child's keys override the base's, and the maps
     * {@code settings}, {@code parameters}, {@code report} and {@code report.events} are merged key by key.
     *
     * @param base the base tree, without an {@code extends} key
     * @param child the tree written over it, without an {@code extends} key
     * @return the merged tree, with the child's location
     */
    public static Node.Mapping merge(Node.Mapping base, Node.Mapping child) {
        return merge(base, child, List.of());
    }

    /**
     * Loads a bundled scenario with everything it extends.
     *
     * @param name the name of a bundled scenario
     * @return the merged tree, without the {@code extends} key
     * @throws ScenarioException if the scenario extends an unknown name or the chain has a cycle
     */
    static Node.Mapping loadBundled(String name) {
        return load(null, name, null, bundledDisplay(name), null, new ArrayDeque<>());
    }

    /**
     * Returns how errors name a bundled scenario file.
     *
     * @param name the scenario's name
     * @return {@code bundled/NAME.yaml}
     */
    static String bundledDisplay(String name) {
        return "bundled/" + name + ".yaml";
    }

    /**
     * Returns whether an {@code extends} value names a bundled scenario rather than a file: a name without a
     * {@code .yaml} or {@code .yml} suffix and without a directory.
     */
    static boolean isBundledName(String target) {
        return !(target.endsWith(".yaml") || target.endsWith(".yml") || target.contains("/")
                || target.contains("\\"));
    }

    /**
     * Loads a file ({@code file != null}), a bundled scenario ({@code bundled != null}) or a text
     * ({@code given != null}).
     */
    private static Node.Mapping load(Path file, String bundled, String given, String display, Location from,
            Deque<String> chain) {
        String key = file != null ? file.toAbsolutePath().normalize().toString()
                : bundled != null ? "bundled:" + bundled : "text:" + display;
        String shortName = file != null ? file.toAbsolutePath().normalize().getFileName().toString()
                : bundled != null ? bundled : display;
        Location where = from == null ? Location.startOf(display) : from;
        if (chain.contains(key)) {
            List<String> names = new ArrayList<>();
            chain.descendingIterator().forEachRemaining(k -> names.add(shortName(k)));
            names.add(shortName);
            throw new ScenarioException(where, "extends cycle: " + String.join(" -> ", names));
        }
        String text = file != null ? readText(file, display, where)
                : bundled != null ? ScenarioCatalog.text(bundled) : given;
        Node root = YamlTreeReader.read(display, text);
        Node.Mapping map = Values.mapping(root, "a scenario file");
        Node ext = map.get("extends");
        if (ext == null) {
            return map;
        }
        String target = Values.text(ext, "extends");
        chain.push(key);
        Node.Mapping base;
        if (isBundledName(target)) {
            List<String> known = ScenarioCatalog.names();
            if (!known.contains(target)) {
                throw new ScenarioException(ext.location(), "extends '" + target + "', which is no bundled scenario"
                        + Suggestions.didYouMean(target, known) + "; a file needs its .yaml suffix; bundled "
                        + "scenarios: " + known);
            }
            base = load(null, target, null, bundledDisplay(target), ext.location(), chain);
        } else if (given != null) {
            throw new ScenarioException(ext.location(), "extends '" + target + "': a scenario given as text extends "
                    + "bundled scenarios only, by name; it cannot name a file");
        } else if (file == null) {
            throw new ScenarioException(ext.location(), "a bundled scenario extends bundled scenarios only, by name");
        } else {
            Path parent = file.getParent();
            Path basePath = parent == null ? Path.of(target) : parent.resolve(target);
            Path displayParent = Path.of(display).getParent();
            String baseDisplay = (displayParent == null ? Path.of(target) : displayParent.resolve(target))
                    .normalize().toString();
            base = load(basePath, null, null, baseDisplay, ext.location(), chain);
        }
        chain.pop();
        return merge(base, without(map, "extends"), List.of());
    }

    private static String shortName(String key) {
        if (key.startsWith("bundled:")) {
            return key.substring("bundled:".length());
        }
        return key.startsWith("text:") ? key.substring("text:".length()) : Path.of(key).getFileName().toString();
    }

    private static String readText(Path file, String display, Location where) {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(where, "'" + display + "' is a directory, not a scenario file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(where, "'" + display + "' is larger than " + MAX_BYTES
                        + " bytes; a scenario file is a short text");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(where, "no such file: " + display);
        } catch (MalformedInputException e) {
            throw new ScenarioException(where, "'" + display + "' is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(where, "cannot read " + display + ": " + e.getMessage());
        }
    }

    private static Node.Mapping without(Node.Mapping map, String key) {
        Map<String, Node.Key> keys = new LinkedHashMap<>(map.keys());
        Map<String, Node> values = new LinkedHashMap<>(map.values());
        keys.remove(key);
        values.remove(key);
        return new Node.Mapping(map.location(), keys, values);
    }

    private static Node.Mapping merge(Node.Mapping base, Node.Mapping child, List<String> path) {
        Map<String, Node.Key> keys = new LinkedHashMap<>(base.keys());
        Map<String, Node> values = new LinkedHashMap<>(base.values());
        for (Map.Entry<String, Node> e : child.values().entrySet()) {
            String k = e.getKey();
            List<String> sub = new ArrayList<>(path);
            sub.add(k);
            Node old = values.get(k);
            Node merged = e.getValue();
            if (MERGED.contains(sub) && old instanceof Node.Mapping om && merged instanceof Node.Mapping nm) {
                merged = merge(om, nm, sub);
            }
            keys.put(k, child.keys().get(k));
            values.put(k, merged);
        }
        return new Node.Mapping(child.location(), keys, values);
    }
}
