package org.rsisim.cli.scenario;

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
 * error naming the chain. Every node keeps the location of the file it was written in. Stateless.
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
        return load(file, file.toString(), null, new ArrayDeque<>());
    }

    private static Node.Mapping load(Path file, String display, Location from, Deque<Path> chain) {
        Path real = file.toAbsolutePath().normalize();
        Location where = from == null ? Location.startOf(display) : from;
        if (chain.contains(real)) {
            List<String> names = new ArrayList<>();
            chain.descendingIterator().forEachRemaining(p -> names.add(p.getFileName().toString()));
            names.add(real.getFileName().toString());
            throw new ScenarioException(where, "extends cycle: " + String.join(" -> ", names));
        }
        String text = readText(file, display, where);
        Node root = YamlTreeReader.read(display, text);
        Node.Mapping map = Values.mapping(root, "a scenario file");
        Node ext = map.get("extends");
        if (ext == null) {
            return map;
        }
        String target = Values.text(ext, "extends");
        Path parent = file.getParent();
        Path basePath = parent == null ? Path.of(target) : parent.resolve(target);
        Path displayParent = Path.of(display).getParent();
        String baseDisplay = (displayParent == null ? Path.of(target) : displayParent.resolve(target)).normalize()
                .toString();
        chain.push(real);
        Node.Mapping base = load(basePath, baseDisplay, ext.location(), chain);
        chain.pop();
        return merge(base, without(map, "extends"), List.of());
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
