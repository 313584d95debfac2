package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweep of a scenario: one or two parameters (or settings), each over a list of values.
 *
 * <p>With one axis, or with two axes and {@code grid == false}, each axis is varied on its own while everything
 * else keeps the scenario's values (one at a time, the design of a tornado chart). With {@code grid == true} every
 * pair of values of two axes is run. Every point uses the scenario's seed, so points differ by the swept values
 * only (common random numbers). Immutable.
 *
 * @param axes one or two axes
 * @param grid whether two axes are crossed
 */
public record SweepSpec(List<Axis> axes, boolean grid) {
    /** The most points a sweep may have. */
    public static final int MAX_POINTS = 1000;

    /** Copies the axes. */
    public SweepSpec {
        axes = List.copyOf(axes);
    }

    /**
     * One swept parameter or setting.
     *
     * @param name its name
     * @param setting {@code true} for a model setting, {@code false} for a parameter
     * @param values the values, in the order written
     * @param location where the axis was written
     */
    public record Axis(String name, boolean setting, double[] values, Location location) {
        /** Copies the values. */
        public Axis {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * One point of the sweep: the values to hold, axis by axis.
     *
     * @param axes the axes varied at this point (one, or two in a grid)
     * @param values their values
     */
    public record Point(List<Axis> axes, double[] values) {
        /** Copies the values. */
        public Point {
            axes = List.copyOf(axes);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /**
         * Returns the label of the varied quantity: the last axis's name, with the first axis's value in a grid.
         *
         * @return such as {@code "fidelity"} or {@code "fidelity (oversight = 0.5)"}
         */
        public String label() {
            Axis last = axes.get(axes.size() - 1);
            if (axes.size() == 1) {
                return last.name();
            }
            return last.name() + " (" + axes.get(0).name() + " = " + values[0] + ")";
        }

        /** @return the value of the last axis */
        public double value() {
            return values[values.length - 1];
        }
    }

    /**
     * Lists the points in run order.
     *
     * @return the points
     */
    public List<Point> points() {
        List<Point> out = new ArrayList<>();
        if (grid && axes.size() == 2) {
            for (double a : axes.get(0).values) {
                for (double b : axes.get(1).values) {
                    out.add(new Point(axes, new double[] {a, b}));
                }
            }
        } else {
            for (Axis axis : axes) {
                for (double v : axis.values) {
                    out.add(new Point(List.of(axis), new double[] {v}));
                }
            }
        }
        return out;
    }
}
