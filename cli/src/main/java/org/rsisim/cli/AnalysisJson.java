package org.rsisim.cli;

import java.util.List;
import java.util.Locale;
import org.rsisim.core.stat.Estimate;
import org.rsisim.models.analysis.CalibrationReport;
import org.rsisim.models.analysis.PairedDifference;
import org.rsisim.models.analysis.PairedReport;
import org.rsisim.models.analysis.SensitivityReport;
import org.rsisim.models.analysis.SobolIndex;
import org.rsisim.scenario.Scenario;

/**
 * The JSON documents of the analysis commands (docs/analysis.md), as records that Jackson writes field by field in
 * the order declared. JSON has no NaN or infinity: such a number is written as {@code null}.
 */
final class AnalysisJson {
    private AnalysisJson() {
    }

    /** JSON has no NaN or infinity: they become null. */
    static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** An estimate with its standard error and 95 % interval. */
    record EstimateJson(Double value, Double stderr, Double lower, Double upper) {
        static EstimateJson of(Estimate e) {
            return new EstimateJson(num(e.value()), num(e.stderr()), num(e.lower()), num(e.upper()));
        }
    }

    /** What {@code rsisim calibrate --format json} prints. */
    record Calibration(String scenario, String model, long seed, long runsPerEvaluation, int evaluations,
            boolean converged, boolean targetsMet, String status, long excludedRuns, List<Fitted> fitted,
            List<TargetFit> targets) {
        static Calibration of(Scenario s, CalibrationReport r) {
            return new Calibration(s.name(), s.modelName(), r.calibrated().seed(), r.runsPerEvaluation(),
                    r.evaluations(), r.converged(), r.targetsMet(), r.status(), r.excludedRuns(),
                    r.fitted().stream().map(f -> new Fitted(f.parameter(), num(f.value()), num(f.lower()),
                            num(f.upper()), f.form(), f.atBound())).toList(),
                    r.targets().stream().map(t -> new TargetFit(t.target().kind().name().toLowerCase(Locale.ROOT),
                            t.target().observable(), num(t.target().time()), num(t.target().level()),
                            num(t.target().value()), num(t.achieved()), num(t.residual()), num(t.standardError()),
                            t.runs())).toList());
        }
    }

    /** A fitted free parameter. */
    record Fitted(String parameter, Double value, Double lower, Double upper, String form, boolean atBound) {
    }

    /** A calibration target and what the fit achieves. */
    record TargetFit(String kind, String observable, Double time, Double level, Double value, Double achieved,
            Double residual, Double stderr, long runs) {
    }

    /** What {@code rsisim sensitivity --format json} prints and {@code --out} writes. */
    record Sensitivity(String scenario, String model, String output, String observable, Double time, long seed,
            int baseSamples, int rowsUsed, long modelRuns, Double outputMean, Double outputVariance,
            int bootstrapResamples, List<Index> indices) {
        static Sensitivity of(Scenario s, SensitivityReport r) {
            return new Sensitivity(s.name(), s.modelName(), r.output().toString(), r.output().observable(),
                    num(r.output().time()), r.seed(), r.baseSamples(), r.rowsUsed(), r.modelRuns(),
                    num(r.outputMean()), num(r.outputVariance()), r.bootstrapResamples(),
                    r.indices().stream().map(Index::of).toList());
        }
    }

    /** The Sobol indices of one parameter. */
    record Index(String parameter, String distribution, EstimateJson firstOrder, EstimateJson totalEffect) {
        static Index of(SobolIndex i) {
            return new Index(i.parameter(), i.distribution(), EstimateJson.of(i.firstOrder()),
                    EstimateJson.of(i.totalEffect()));
        }
    }

    /** What {@code rsisim compare --format json} prints. */
    record Compare(String a, String b, long seed, long pairs, long divergedPairs, long failedPairs,
            List<Difference> differences) {
        static Compare of(PairedReport r) {
            return new Compare(r.a(), r.b(), r.result().manifest().seed(), r.completedPairs(), r.divergedPairs(),
                    r.failedPairs(), r.differences().stream().map(Difference::of).toList());
        }
    }

    /** One paired difference B - A. */
    record Difference(String quantity, Double time, String unit, long pairs, EstimateJson a, EstimateJson b,
            EstimateJson difference, Double varianceReductionFactor) {
        static Difference of(PairedDifference d) {
            return new Difference(d.quantity(), num(d.time()), d.unit(), d.pairs(), EstimateJson.of(d.a()),
                    EstimateJson.of(d.b()), EstimateJson.of(d.difference()), num(d.varianceReductionFactor()));
        }
    }
}
