package org.rsisim.models.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.rsisim.core.Cancellation;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Observable;
import org.rsisim.core.Progress;
import org.rsisim.core.Result;
import org.rsisim.core.stat.MetricSummary;

/**
 * A fair comparison of two experiments, say oversight {@code d = 0.5} against {@code d = 0.9}: both run on common
 * random numbers, run {@code i} of B with the same random numbers as run {@code i} of A, and every estimate of B is
 * reported as a difference from A with an interval that uses the pairing (see {@link PairedDifference}).
 *
 * <p>The two experiments must have the same seed and run count (use {@link Experiment#withSeed} and
 * {@link Experiment#withRuns} to align them); their models may differ, and the metrics they have in common are
 * compared. Event probabilities are compared at the times either experiment requests for an event both models
 * have, or at the times given with {@link #withEventTimes}. The comparison runs the {@link PairedModel} of the two on
 * an {@link Engine}: parallel, and the same bits for any thread count. Common random numbers help most where the two
 * sides respond alike to the same noise, which is what the variance reduction factor measures; they never bias a
 * difference, because each side on its own is an ordinary Monte Carlo estimate.
 *
 * <p>Immutable and thread-safe.
 */
public final class PairedComparison {
    private final Experiment a;
    private final Experiment b;
    private final PairedModel model;
    private final Experiment paired;

    private PairedComparison(Experiment a, Experiment b, Map<String, double[]> eventTimes) {
        this.a = a;
        this.b = b;
        this.model = new PairedModel(a, b, eventTimes);
        this.paired = Experiment.builder(model).name(a.name() + " vs " + b.name()).runs(a.runs()).seed(a.seed())
                .blockSize(a.blockSize()).build();
    }

    /**
     * Pairs two experiments, comparing their common metrics, and the probability of each event both models have at
     * every time either experiment requests for it.
     *
     * @param a experiment A, the reference
     * @param b experiment B; differences are B - A
     * @return the comparison
     * @throws IllegalArgumentException if the seeds or run counts differ, a common metric has different units, or
     *         nothing is compared
     */
    public static PairedComparison of(Experiment a, Experiment b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.seed() != b.seed()) {
            throw new IllegalArgumentException("seeds differ: " + a.name() + " has seed " + a.seed() + ", "
                    + b.name() + " has seed " + b.seed() + "; common random numbers need the same seed");
        }
        if (a.runs() != b.runs()) {
            throw new IllegalArgumentException("run counts differ: " + a.name() + " has " + a.runs() + " runs, "
                    + b.name() + " has " + b.runs() + "; pairs need the same runs");
        }
        Map<String, TreeSet<Double>> times = new LinkedHashMap<>();
        Map<String, double[]> tb = b.eventTimes();
        for (Map.Entry<String, double[]> e : a.eventTimes().entrySet()) {
            Observable ob = null;
            for (Observable o : b.model().observables()) {
                if (o.name().equals(e.getKey()) && o.kind() == Observable.Kind.EVENT) {
                    ob = o;
                }
            }
            if (ob == null) {
                continue;
            }
            TreeSet<Double> set = new TreeSet<>();
            Arrays.stream(e.getValue()).forEach(set::add);
            Arrays.stream(tb.getOrDefault(e.getKey(), new double[0])).forEach(set::add);
            if (!set.isEmpty()) {
                times.put(e.getKey(), set);
            }
        }
        Map<String, double[]> chosen = new LinkedHashMap<>();
        times.forEach((k, v) -> chosen.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return new PairedComparison(a, b, chosen);
    }

    /**
     * Returns a copy that compares an event's probability at the given times instead of the requested ones.
     *
     * @param event an event of both models
     * @param times finite times
     * @return the copy
     * @throws IllegalArgumentException if the event is not an event of both models or a time is not finite
     */
    public PairedComparison withEventTimes(String event, double... times) {
        Map<String, double[]> map = new LinkedHashMap<>();
        List<String> q = model.quantities();
        for (int i = 0; i < q.size(); i++) {
            double t = model.time(i);
            if (!Double.isNaN(t)) {
                String e = q.get(i).substring(0, q.get(i).lastIndexOf("<="));
                double[] old = map.getOrDefault(e, new double[0]);
                double[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = t;
                map.put(e, grown);
            }
        }
        map.put(Objects.requireNonNull(event, "event"), times.clone());
        return new PairedComparison(a, b, map);
    }

    /**
     * Returns the paired model.
     *
     * @return the model that runs both sides
     */
    public PairedModel model() {
        return model;
    }

    /**
     * Returns the experiment the engine runs: the paired model with A's runs, seed and block size.
     *
     * @return the experiment
     */
    public Experiment experiment() {
        return paired;
    }

    /**
     * Runs the pairs and compares every quantity.
     *
     * @param engine the engine to run on
     * @return the comparison; the same bits for any thread count
     */
    public PairedReport compare(Engine engine) {
        return compare(engine, Progress.NONE, new Cancellation());
    }

    /**
     * Runs the pairs, reporting progress and honouring cancellation as {@link Engine#run(Experiment, Progress,
     * Cancellation)} does, and compares every quantity over the pairs that ran.
     *
     * @param engine the engine to run on
     * @param progress receives progress on the calling thread, counted in pairs
     * @param cancellation checked per block; once cancelled, the report covers the pairs merged so far and its
     *        result is marked partial
     * @return the comparison; the same bits for any thread count
     */
    public PairedReport compare(Engine engine, Progress progress, Cancellation cancellation) {
        Result r = Objects.requireNonNull(engine, "engine").run(paired, progress, cancellation);
        List<PairedDifference> list = new ArrayList<>();
        List<String> quantities = model.quantities();
        for (int i = 0; i < quantities.size(); i++) {
            String q = quantities.get(i);
            MetricSummary sa = r.metric(PairedModel.A + q);
            MetricSummary sb = r.metric(PairedModel.B + q);
            MetricSummary sd = r.metric(PairedModel.DIFFERENCE + q);
            double va = sa.standardDeviation() * sa.standardDeviation();
            double vb = sb.standardDeviation() * sb.standardDeviation();
            double vd = sd.standardDeviation() * sd.standardDeviation();
            double factor = vd > 0 ? (va + vb) / vd : va + vb > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
            list.add(new PairedDifference(q, model.time(i), sa.unit(), sd.count(), sa.mean(), sb.mean(), sd.mean(),
                    factor));
        }
        return new PairedReport(a.name(), b.name(), list, r);
    }
}
