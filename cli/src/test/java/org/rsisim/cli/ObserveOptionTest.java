package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The option {@code --observe NAMES} of {@code run} and {@code sweep}: it replaces the scenario's {@code observe},
 * the observed estimates keep their bits, the reports show what both it and the scenario's {@code report} choose
 * (with a note on standard error), and a bad name or a precision target on an unobserved observable is bad input.
 */
class ObserveOptionTest {
    private static final String SWEEP = "sweep:\n  parameter: rate\n  values: [0.2, 0.4]\n";
    private static final String GROWTH_OBSERVABLES = "[final_capability, alignment, threshold_crossed, capability]";

    @TempDir
    Path dir;

    @Test
    void bundledScenarioKeepsTheObservedEventWithItsBits() throws Exception {
        JsonNode all = Cli.json(Cli.run("run", "clark-2028", "--runs", "4096", "--format", "json", "--threads", "2"));
        JsonNode one = Cli.json(Cli.run("run", "clark-2028", "--observe", "automated_ai_rd", "--runs", "4096",
                "--format", "json", "--threads", "2"));
        assertEquals(List.of("automated_ai_rd"), Cli.names(one.get("events")));
        assertEquals(List.of(), Cli.names(one.get("metrics")));
        assertEquals(List.of(), Cli.names(one.get("series")));
        assertTrue(Cli.names(all.get("metrics")).contains("takeoff_years"), "the reference has more");
        assertEquals(all.get("counts"), one.get("counts"));
        // JsonNode equality compares doubles exactly, and the JSON holds every double in full.
        assertEquals(all.at("/events/automated_ai_rd"), one.at("/events/automated_ai_rd"));
        assertEquals(6, one.at("/events/automated_ai_rd/probabilityBy").size(), "the scenario's six times");
        assertTrue(one.at("/events/automated_ai_rd/probabilityBy/1/p").asDouble() > 0, "a random estimate");
    }

    @Test
    void replacesTheObserveOfAScenarioFile() throws Exception {
        Path f = Cli.write(dir, "one.yaml", "model: test-growth\nruns: 1024\nseed: 7\nparameters:\n"
                + "  rate: {uniform: {min: 0.1, max: 0.5}}\nobserve: [alignment]\n");
        JsonNode own = Cli.json(Cli.run("run", f.toString(), "--format", "json"));
        assertEquals(List.of("alignment"), Cli.names(own.get("metrics")), "the file's own choice");
        JsonNode o = Cli.json(Cli.run("run", f.toString(), "--observe", "capability, final_capability", "--format",
                "json"));
        assertEquals(List.of("final_capability"), Cli.names(o.get("metrics")));
        assertEquals(List.of(), Cli.names(o.get("events")));
        assertEquals(List.of("capability"), Cli.names(o.get("series")));

        Path every = Cli.write(dir, "every.yaml", "model: test-growth\nruns: 1024\nseed: 7\nparameters:\n"
                + "  rate: {uniform: {min: 0.1, max: 0.5}}\n");
        JsonNode e = Cli.json(Cli.run("run", every.toString(), "--format", "json"));
        assertEquals(e.at("/metrics/final_capability"), o.at("/metrics/final_capability"));
        assertEquals(e.at("/series/capability"), o.at("/series/capability"));
    }

    @Test
    void appliesToEveryPointOfASweep() throws Exception {
        Path f = Cli.write(dir, "sweep.yaml", Cli.GROWTH + SWEEP);
        JsonNode a = Cli.json(Cli.run("sweep", f.toString(), "--format", "json", "--threads", "2"));
        Cli.Outcome so = Cli.run("sweep", f.toString(), "--observe", "final_capability,threshold_crossed",
                "--format", "json", "--threads", "2", "--quiet");
        assertEquals("", so.err(), "--quiet leaves out the note");
        JsonNode s = Cli.json(so);
        assertEquals(List.of("final_capability"), Cli.names(s.get("metrics")));
        assertEquals(List.of("threshold_crossed"), Cli.names(s.get("events")));
        assertEquals(List.of(), Cli.names(s.get("series")));
        assertEquals(a.at("/metrics/final_capability"), s.at("/metrics/final_capability"));
        assertEquals(a.at("/events/threshold_crossed"), s.at("/events/threshold_crossed"));
        assertEquals(2, s.get("sweep").size());
        for (int i = 0; i < 2; i++) {
            JsonNode pa = a.get("sweep").get(i);
            JsonNode ps = s.get("sweep").get(i);
            assertEquals(List.of("final_capability"), Cli.names(ps.get("metrics")), "point " + i);
            assertEquals(List.of("threshold_crossed"), Cli.names(ps.get("events")), "point " + i);
            assertEquals(pa.at("/metrics/final_capability"), ps.at("/metrics/final_capability"), "point " + i);
            assertEquals(pa.at("/events/threshold_crossed"), ps.at("/events/threshold_crossed"), "point " + i);
        }
        assertFalse(s.at("/sweep/0/metrics/final_capability").equals(s.at("/sweep/1/metrics/final_capability")),
                "the points differ");
    }

    @Test
    void theReportShowsWhatIsBothObservedAndNamedInReport() throws Exception {
        // Cli.GROWTH's report names metrics final_capability and alignment, event threshold_crossed (with times) and
        // series capability; --observe leaves out alignment and the event and keeps the series.
        Path f = Cli.write(dir, "growth.yaml", Cli.GROWTH);
        Cli.Outcome o = Cli.run("run", f.toString(), "--observe", "final_capability,capability", "--runs", "512");
        assertEquals(0, o.status(), "the event's requested times do not make the run fail: " + o);
        assertEquals("Note: the scenario's report names metric alignment, event threshold_crossed, which --observe "
                + "leaves out; not shown\n", o.err());
        assertTrue(o.out().contains("final_capability") && o.out().contains("Series"), o.out());
        assertFalse(o.out().contains("alignment") || o.out().contains("threshold_crossed"), o.out());

        Cli.Outcome q = Cli.run("run", f.toString(), "--observe", "final_capability,capability", "--runs", "512",
                "--quiet");
        assertEquals(0, q.status(), q.toString());
        assertEquals("", q.err(), "--quiet leaves out the note");
        assertEquals(o.out().replaceAll("\\d+\\.\\d+ s", ""), q.out().replaceAll("\\d+\\.\\d+ s", ""));

        // An observed metric that the report's metric list leaves out is not shown either; the note says so.
        Path some = Cli.write(dir, "some.yaml", Cli.GROWTH.replace("metrics: [final_capability, alignment]",
                "metrics: [final_capability]"));
        Cli.Outcome h = Cli.run("run", some.toString(), "--observe", "alignment,threshold_crossed", "--runs", "512",
                "--format", "json");
        JsonNode j = Cli.json(h);
        assertEquals(List.of(), Cli.names(j.get("metrics")));
        assertEquals(List.of("threshold_crossed"), Cli.names(j.get("events")));
        assertEquals(4, j.at("/events/threshold_crossed/probabilityBy").size(), "the report's times");
        assertEquals("Note: the scenario's report names metric final_capability, series capability, which --observe "
                + "leaves out; not shown\nNote: --observe keeps metric alignment, which the scenario's report leaves "
                + "out; not shown\n", h.err());
    }

    @Test
    void anUnknownNameIsBadInputWithASuggestion() {
        Cli.Outcome o = Cli.run("run", "clark-2028", "--observe", "automated_ai_rd,takeof_years");
        assertEquals(2, o.status(), o.toString());
        assertEquals("rsisim: --observe: model rsi-chain has no observable 'takeof_years' (did you mean "
                + "'takeoff_years'?); observables: [automated_ai_rd, generations_per_year, fidelity_at_automation, "
                + "misaligned_before_automation, misaligned_after_automation, takeoff_years, capability, automation, "
                + "fidelity, years_since_start]\n", o.err());
        assertEquals("", o.out());

        Path f = Cli.write(dir, "sweep.yaml", Cli.GROWTH + SWEEP);
        Cli.Outcome s = Cli.run("sweep", f.toString(), "--observe", "alignmnt");
        assertEquals(2, s.status(), s.toString());
        assertEquals("rsisim: --observe: model test-growth has no observable 'alignmnt' (did you mean 'alignment'?); "
                + "observables: " + GROWTH_OBSERVABLES + "\n", s.err());
    }

    @Test
    void anEmptyValueOrNameIsBadInput() {
        Cli.Outcome o = Cli.run("run", "clark-2028", "--observe", "");
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().startsWith("rsisim: --observe is empty; give one or more observable names separated by "
                + "commas; observables: [automated_ai_rd, "), o.err());
        assertEquals(1, o.err().lines().count(), o.err());

        Cli.Outcome c = Cli.run("run", "clark-2028", "--observe", "automated_ai_rd,");
        assertEquals(2, c.status(), c.toString());
        assertTrue(c.err().startsWith("rsisim: --observe 'automated_ai_rd,' has an empty name; separate observable "
                + "names by single commas; observables: ["), c.err());
    }

    @Test
    void aPrecisionTargetOnAnUnobservedObservableIsBadInput() {
        Path f = Cli.write(dir, "target.yaml", "model: test-growth\nruns: 640\n"
                + "precision: {metric: final_capability, half-width: 0.1}\n");
        Cli.Outcome own = Cli.run("run", f.toString(), "--observe", "alignment");
        assertEquals(2, own.status(), own.toString());
        assertEquals("rsisim: the precision target of scenario target, mean(final_capability) to +/-0.1, is on "
                + "'final_capability', which --observe leaves out; add it to --observe or give another target with "
                + "--precision; observed: [alignment]\n", own.err());

        Cli.Outcome cl = Cli.run("run", f.toString(), "--observe", "alignment", "--precision",
                "threshold_crossed@2030:0.05");
        assertEquals(2, cl.status(), cl.toString());
        assertEquals("rsisim: --precision threshold_crossed@2030:0.05 targets 'threshold_crossed', which --observe "
                + "leaves out; add it to --observe; observed: [alignment]\n", cl.err());

        Cli.Outcome tighter = Cli.run("run", f.toString(), "--observe", "alignment", "--precision", "0.05");
        assertEquals(2, tighter.status(), tighter.toString());
        assertTrue(tighter.err().startsWith("rsisim: --precision 0.05 targets 'final_capability', which --observe "
                + "leaves out"), tighter.err());

        assertEquals(0, Cli.run("run", f.toString(), "--observe", "alignment", "--precision", "alignment:0.1", "-q")
                .status(), "a target on an observed observable replaces the scenario's");
        assertEquals(0, Cli.run("run", f.toString(), "--observe", "final_capability", "-q").status());
    }
}
