package org.rsisim.cli.report;

import org.rsisim.core.Result;

/**
 * The result of a scenario with one parameter set to one value of a sweep.
 *
 * @param parameter the swept parameter's name
 * @param value the value it was set to, in the parameter's unit
 * @param result the result with that value
 */
public record SweepPoint(String parameter, double value, Result result) {
}
