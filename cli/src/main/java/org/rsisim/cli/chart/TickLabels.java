package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.List;
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
    private final List<String> drawn = new ArrayList<>();

    @Override
    public String apply(Double value) {
        String label = ChartText.index(value);
        drawn.add(label);
        return label;
    }

    /** Forgets the labels of earlier drawings. */
    void clear() {
        drawn.clear();
    }

    /**
     * Returns the labels formatted since the last {@link #clear()}, without repeats, in drawing order.
     *
     * @return the labels
     */
    List<String> labels() {
        return drawn.stream().distinct().toList();
    }
}
