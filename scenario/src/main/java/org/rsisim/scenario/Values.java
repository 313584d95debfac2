package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed values from scenario nodes; every failure names the place, what was expected and what was found.
 */
public final class Values {
    private Values() {
    }

    /**
     * Reads a finite number. Digits may be grouped with underscores ({@code 1_000_000}).
     *
     * @param node the node, or {@code null} if the key is missing
     * @param what what the value is, for messages
     * @return the number
     * @throws ScenarioException if the node is not a finite number
     */
    public static double number(Node node, String what) {
        if (node instanceof Node.Scalar s && (s.kind() == Node.ScalarKind.NUMBER || s.kind() == Node.ScalarKind.TEXT)) {
            String text = s.text().trim();
            if (text.matches("[+-]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][+-]?[0-9]+)?")) {
                text = text.replace("_", "");
            }
            try {
                double v = Double.parseDouble(text);
                if (Double.isFinite(v) && !text.endsWith("f") && !text.endsWith("d") && !text.endsWith("F")
                        && !text.endsWith("D")) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (node == null) {
            throw new IllegalStateException("missing node for " + what);
        }
        throw new ScenarioException(node.location(), what + " must be a finite number, got " + node.kindName());
    }

    /**
     * Reads a whole number.
     *
     * @param node the node
     * @param what what the value is, for messages
     * @return the number
     * @throws ScenarioException if the node is not a whole number that fits a {@code long}
     */
    public static long whole(Node node, String what) {
        double v = number(node, what);
        // Digits are read exactly first: a double cannot tell the longs near 2^63 apart (Long.MAX_VALUE rounds to
        // 2^63), so checking the double alone would refuse seeds that Experiment accepts.
        String text = ((Node.Scalar) node).text().trim().replace("_", "");
        if (text.matches("[+-]?[0-9]+")) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ScenarioException(node.location(), what + " = " + text + " does not fit in 64 bits");
            }
        }
        if (!(v == Math.rint(v) && Math.abs(v) < 0x1p63)) {
            throw new ScenarioException(node.location(), what + " must be a whole number, got " + v);
        }
        return (long) v;
    }

    /**
     * Reads non-empty text.
     *
     * @param node the node
     * @param what what the value is, for messages
     * @return the text
     * @throws ScenarioException if the node is not a non-empty scalar
     */
    public static String text(Node node, String what) {
        if (node instanceof Node.Scalar s && s.kind() != Node.ScalarKind.NULL && !s.text().isBlank()) {
            return s.text();
        }
        throw new ScenarioException(node.location(), what + " must be text, got " + node.kindName());
    }

    /**
     * Reads a list of finite numbers.
     *
     * @param node the node
     * @param what what the list is, for messages
     * @return the numbers
     * @throws ScenarioException if the node is not a list of numbers
     */
    public static double[] numbers(Node node, String what) {
        if (!(node instanceof Node.Sequence seq)) {
            throw new ScenarioException(node.location(), what + " must be a list of numbers such as [1, 2, 3], "
                    + "got " + node.kindName());
        }
        double[] out = new double[seq.items().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(seq.items().get(i), what + " entry " + (i + 1));
        }
        return out;
    }

    /**
     * Reads a list of text items.
     *
     * @param node the node
     * @param what what the list is, for messages
     * @return the items
     * @throws ScenarioException if the node is not a list of text
     */
    public static List<Node.Scalar> texts(Node node, String what) {
        if (!(node instanceof Node.Sequence seq)) {
            throw new ScenarioException(node.location(), what + " must be a list of names such as [a, b], got "
                    + node.kindName());
        }
        List<Node.Scalar> out = new ArrayList<>();
        for (Node item : seq.items()) {
            text(item, what + " entry");
            out.add((Node.Scalar) item);
        }
        return out;
    }

    /**
     * Requires a map.
     *
     * @param node the node
     * @param what what the map is, for messages
     * @return the node as a map
     * @throws ScenarioException if it is not a map
     */
    public static Node.Mapping mapping(Node node, String what) {
        if (node instanceof Node.Mapping m) {
            return m;
        }
        throw new ScenarioException(node.location(), what + " must be a map of keys to values, got "
                + node.kindName());
    }
}
