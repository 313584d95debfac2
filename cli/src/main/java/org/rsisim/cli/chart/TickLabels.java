package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Formats the tick labels of an index axis (years, generations) as {@link ChartText#index}: 2028, not 2,028, with a
 * decimal point in any locale. It also remembers the labels of the last drawing, because XChart draws text as glyph
 * outlines: the SVG carries no text of its own, and {@link Figure} writes these labels into the SVG's description so
 * that the drawn years can be read, searched and checked.
 *
 * <p>Not thread-safe: one instance belongs to one chart, which is drawn by one thread at a time.
 */
final class TickLabels implements Function<Double, String> {
    private final Map<Double, String> drawn = new TreeMap<>();

    @Override
    public String apply(Double value) {
        String label = ChartText.index(value);
        drawn.put(value, label);
        return label;
    }

    /** Forgets the labels of earlier drawings. */
    void clear() {
        drawn.clear();
    }

    /**
     * Returns the labels formatted since the last {@link #clear()} for values inside the axis range (XChart also
     * formats candidate ticks it then leaves out), without repeats, in increasing order of value.
     *
     * @param min the axis minimum
     * @param max the axis maximum
     * @return the labels
     */
    List<String> labels(double min, double max) {
        double slack = 1e-9 * Math.max(1, Math.abs(max - min));
        List<String> out = new ArrayList<>();
        for (Map.Entry<Double, String> e : drawn.entrySet()) {
            if (e.getKey() >= min - slack && e.getKey() <= max + slack && !out.contains(e.getValue())) {
                out.add(e.getValue());
            }
        }
        return out;
    }
}
