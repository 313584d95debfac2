package org.rsisim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;

/**
 * The key estimates of a sweep, shown for every point: each event's probability by its last requested time (or
 * within the horizon), then each metric's mean, at most {@value #COLUMNS}. Stateless.
 */
public final class SweepKeys {
    /** The most key estimates. */
    public static final int COLUMNS = 3;

    private SweepKeys() {
    }

    /**
     * A key estimate: a column heading and how to read it from a result.
     *
     * @param heading the column heading, such as {@code P(automated_ai_rd by end of 2028)}
     * @param valueAndHalfWidth reads the estimate, its 95 % half-width and its standard error from a result
     */
    public record Key(String heading, Function<Result, double[]> valueAndHalfWidth) {
    }

    /**
     * Lists the key estimates of a result, in the order the table shows them.
     *
     * @param base the result whose observables are used
     * @return at most three keys
     */
    public static List<Key> keys(Result base) {
        List<Key> keys = new ArrayList<>();
        for (EventSummary e : base.events().values()) {
            double[] times = e.times();
            String name = e.name();
            if (times.length == 0) {
                keys.add(new Key("P(" + name + ")", r -> {
                    EventSummary x = r.event(name);
                    Proportion p = Proportion.wilson(x.occurred(), x.runs());
                    return new double[] {p.p(), p.halfWidth(), p.stderr()};
                }));
            } else {
                double t = times[times.length - 1];
                keys.add(new Key("P(" + name + " by " + Numbers.byLabel(e.unit(), t) + ")", r -> {
                    Proportion p = r.event(name).probabilityBy(t);
                    return new double[] {p.p(), p.halfWidth(), p.stderr()};
                }));
            }
        }
        for (MetricSummary m : base.metrics().values()) {
            String name = m.name();
            keys.add(new Key("mean " + name, r -> {
                MetricSummary x = r.metric(name);
                return new double[] {x.mean().value(), x.mean().halfWidth(), x.mean().stderr()};
            }));
        }
        return keys.subList(0, Math.min(COLUMNS, keys.size()));
    }
}
