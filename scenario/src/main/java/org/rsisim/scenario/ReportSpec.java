package org.rsisim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.Observable;
import org.rsisim.core.Result;

/**
 * Which observables a report shows. A {@code null} list means all of that kind, in the model's order; an empty list
 * means none. Immutable.
 *
 * @param metrics metric names to show, or {@code null} for all
 * @param events event names to show, or {@code null} for all
 * @param series series names to show, or {@code null} for all
 */
public record ReportSpec(List<String> metrics, List<String> events, List<String> series) {
    /** Shows everything. */
    public static final ReportSpec ALL = new ReportSpec(null, null, null);

    /** Copies the lists. */
    public ReportSpec {
        metrics = metrics == null ? null : List.copyOf(metrics);
        events = events == null ? null : List.copyOf(events);
        series = series == null ? null : List.copyOf(series);
    }

    /**
     * Returns the names to show of one kind.
     *
     * @param kind metric, event or series
     * @return the names, or {@code null} for all observed of that kind
     */
    public List<String> listed(Observable.Kind kind) {
        return switch (kind) {
            case METRIC -> metrics;
            case EVENT -> events;
            case SERIES -> series;
        };
    }

    /**
     * Returns a result holding only the observables to show, in the order this spec lists them.
     *
     * @param result a full result
     * @return the filtered result, with the same manifest and run counts
     */
    public Result filter(Result result) {
        return new Result(result.manifest(), pick(result.metrics(), metrics), pick(result.events(), events),
                pick(result.series(), series), result.completed(), result.diverged(), result.failed(),
                result.divergedAtStep(), result.failures(), result.convergence(),
                result.rejectedDraws());
    }

    private static <T> Map<String, T> pick(Map<String, T> all, List<String> names) {
        if (names == null) {
            return all;
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (String n : names) {
            T v = all.get(n);
            if (v != null) {
                out.put(n, v);
            }
        }
        return out;
    }
}
