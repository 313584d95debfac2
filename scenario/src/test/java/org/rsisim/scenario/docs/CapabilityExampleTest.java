package org.rsisim.scenario.docs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.models.capability.IndicatorData;
import org.rsisim.models.capability.IndicatorPoint;
import org.rsisim.models.capability.TimeHorizon;
import org.rsisim.models.capability.TrendFits;

/**
 * The worked example of {@code capability} in docs/models.md: its code is this class's, and its output is what
 * this code prints, to the last digit.
 */
class CapabilityExampleTest {

    static void example(PrintStream out) {
        // example capability begins
        List<IndicatorPoint> metr = IndicatorData.of("metr_horizon_50");
        TrendFits.DoublingTimeFit fit = TrendFits.doublingTime(metr);
        out.printf("METR 2 points: T_d = %.4f y (%.2f months), s.e. %.4f y (%.2f months), chi2 %.2f, dof %d%n",
                fit.doublingTimeYears(), fit.doublingTimeMonths(), fit.standardError(), fit.standardError() * 12,
                fit.chiSquare(), fit.degreesOfFreedom());
        out.printf("closed form: %.4f y%n",
                (metr.get(1).date() - metr.get(0).date()) / (Math.log(12 * 3600 / 30.0) / Math.log(2)));
        List<IndicatorPoint> three = new ArrayList<>(metr);
        three.addAll(IndicatorData.of("ai2027_horizon"));
        TrendFits.DoublingTimeFit fit3 = TrendFits.doublingTime(three);
        out.printf("with the AI 2027 point: T_d = %.4f y, s.e. %.4f y, chi2 %.1f, dof %d%n",
                fit3.doublingTimeYears(), fit3.standardError(), fit3.chiSquare(), fit3.degreesOfFreedom());
        for (String b : new String[] {"swe_bench", "core_bench", "mle_bench"}) {
            TrendFits.LogisticFit lf = TrendFits.logistic(IndicatorData.of(b));
            out.printf("%s: k = %.3f per year, 50 %% at %.2f, 99 %% at %.2f%n", b, lf.rate(), lf.midpoint(),
                    lf.dateReaching(0.99));
        }
        out.printf("167 h from 12 h at 2026.17, T_d 0.35: exponential %.3f, delta 0.08 %.3f, blow-up %.3f%n",
                TimeHorizon.dateReaching(2026.17, 12, 167, 0.35, 0),
                TimeHorizon.dateReaching(2026.17, 12, 167, 0.35, 0.08), TimeHorizon.blowUpDate(2026.17, 0.35, 0.08));

        Result r = Engine.withThreads(2).run(ScenarioCatalog.get("horizon-superexponential").experiment());
        MetricSummary end = r.metric("log10_horizon_hours_at_end");
        out.printf("log10_horizon_hours_at_end n=%d mean %.3f (s.e. %.3f) p05 %.3f p50 %.3f p95 %.3f%n",
                end.count(), end.mean().value(), end.mean().stderr(), end.quantiles().at(0.05),
                end.quantiles().at(0.5), end.quantiles().at(0.95));
        for (String name : new String[] {"horizon_reaches_threshold", "blow_up"}) {
            EventSummary ev = r.event(name);
            for (double t : ev.times()) {
                Proportion p = ev.probabilityBy(t);
                out.printf("P(%s by %.0f) = %.3f [%.3f, %.3f]%n", name, t, p.p(), p.lower(), p.upper());
            }
        }
        SeriesBands h = r.series("log10_horizon_hours");
        for (int k = 0; k < h.length(); k += 2) {
            out.printf("log10 hours at %.2f: n=%d p50 %.3g [p05 %.3g, p95 %.3g]%n", h.index()[k], h.count()[k],
                    h.p50()[k], h.p05()[k], h.p95()[k]);
        }
        // example capability ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(CapabilityExampleTest.class, "capability", CapabilityExampleTest::example);
    }
}
