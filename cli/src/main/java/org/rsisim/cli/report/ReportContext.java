package org.rsisim.cli.report;

import java.util.List;
import org.rsisim.core.Result;

/**
 * What a report is written from: the scenario's name, the result of its base run, and the results of a sweep.
 *
 * @param scenarioName the scenario's name as the user knows it, shown in titles and captions
 * @param result the result of the scenario as written
 * @param sweep one point per (parameter, value) of a sweep, in sweep order; empty when nothing was swept
 */
public record ReportContext(String scenarioName, Result result, List<SweepPoint> sweep) {
}
