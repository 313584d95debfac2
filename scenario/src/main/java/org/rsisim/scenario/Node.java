package org.rsisim.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of a scenario file's tree, with the place it was written. The tree holds plain text, numbers, lists and
 * maps only: reading a file never creates any other type and never runs code. Immutable and serialisable, so a
 * loaded scenario can be shipped to the machines of a cluster.
 */
public sealed interface Node extends Serializable permits Node.Scalar, Node.Sequence, Node.Mapping {

    /** @return where the node starts */
    Location location();

    /** @return a short name of the node's kind for error messages, such as {@code "a list"} */
    String kindName();

    /** The kind of a scalar as the YAML reader resolved it. */
    enum ScalarKind {
        /** An integer or floating-point number. */
        NUMBER,
        /** Text, quoted or not. */
        TEXT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}, {@code ~} or nothing. */
        NULL
    }

    /**
     * A single value.
     *
     * @param location where it was written
     * @param text its text as written (for numbers, as the reader normalised it)
     * @param kind the resolved kind
     */
    record Scalar(Location location, String text, ScalarKind kind) implements Node {
        @Override
        public String kindName() {
            return switch (kind) {
                case NUMBER -> "the number " + text;
                case TEXT -> "the text '" + text + "'";
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }
    }

    /**
     * A list.
     *
     * @param location where it starts
     * @param items its items, in order
     */
    record Sequence(Location location, List<Node> items) implements Node {
        /** Copies the items. */
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A key written in a map, with its place.
     *
     * @param location where the key was written
     * @param name the key
     */
    record Key(Location location, String name) implements Serializable {
    }

    /**
     * A map from keys to nodes, in the order written.
     *
     * @param location where it starts
     * @param keys the keys with their places, by name
     * @param values the values, by key name
     */
    record Mapping(Location location, Map<String, Key> keys, Map<String, Node> values) implements Node {
        /** Copies the maps, keeping their order. */
        public Mapping {
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public String kindName() {
            return "a map";
        }

        /**
         * @param name a key
         * @return its value, or {@code null} if absent
         */
        public Node get(String name) {
            return values.get(name);
        }

        /**
         * @param name a key
         * @return whether the key is present
         */
        public boolean has(String name) {
            return values.containsKey(name);
        }

        /**
         * Returns the place of a key, or of the map if the key is absent.
         *
         * @param name a key
         * @return its location
         */
        public Location keyLocation(String name) {
            Key k = keys.get(name);
            return k == null ? location : k.location();
        }

        /**
         * Checks that every key is one of the allowed ones.
         *
         * @param where what the map is, such as {@code "scenario"} or {@code "parameter rate"}
         * @param allowed the allowed keys
         * @throws ScenarioException at the first unknown key, with a suggestion and the allowed keys
         */
        public void requireKeysIn(String where, Set<String> allowed) {
            for (Key k : keys.values()) {
                if (!allowed.contains(k.name())) {
                    throw new ScenarioException(k.location(), "unknown key '" + k.name() + "' in " + where
                            + Suggestions.didYouMean(k.name(), allowed) + "; allowed: " + new TreeSet<>(allowed));
                }
            }
        }
    }
}
