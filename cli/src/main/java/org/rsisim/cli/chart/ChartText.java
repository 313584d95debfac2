package org.rsisim.cli.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.rsisim.core.Manifest;
import org.rsisim.core.Result;

/**
 * Words and numbers as charts and the HTML page print them: axis titles with units, numbers with a point as decimal
 * separator whatever the machine's locale, and the provenance caption.
 *
 * <p>Stateless; every method is thread-safe (formats are created per call).
 */
final class ChartText {

    private ChartText() {
    }

    /**
     * Returns an axis title with its unit: {@code "capability (log10 FLOP)"}; a unit of {@code "1"} is printed as
     * {@code dimensionless} and an empty unit is left out.
     *
     * @param quantity what the axis measures
     * @param unit its unit
     * @return the title
     */
    static String withUnit(String quantity, String unit) {
        if (unit == null || unit.isBlank()) {
            return quantity;
        }
        return quantity + " (" + ("1".equals(unit.strip()) ? "dimensionless" : unit.strip()) + ")";
    }

    /**
     * Returns whether a unit is calendar years, whose axis must print 2028 and not 2,028.
     *
     * @param unit a unit such as {@code year}
     * @return {@code true} for year, years, yr and calendar year, in any case
     */
    static boolean isYear(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.equals("year") || u.equals("years") || u.equals("yr") || u.equals("calendar year")
                || u.equals("decimal year");
    }

    /**
     * Returns the capitalised form of a phrase, for axis titles built from unit names.
     *
     * @param s a phrase
     * @return the phrase with its first letter upper-case
     */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Formats a number with four significant digits, without grouping, in plain notation between 1e-4 and 1e6 and
     * in scientific notation outside, and {@code n/a} for NaN or an infinity.
     *
     * @param x the number
     * @return its text
     */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (a >= 1e6 || a < 1e-4) {
            return new DecimalFormat("0.###E0", symbols).format(x);
        }
        int digitsBeforePoint = (int) Math.floor(Math.log10(a)) + 1;
        int decimals = Math.max(0, 4 - digitsBeforePoint);
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "#".repeat(decimals), symbols);
        f.setGroupingUsed(false);
        return f.format(x);
    }

    /**
     * Formats a time or index value with at most two decimals and no grouping: {@code 2028}, {@code 2027.5}, or
     * {@code n/a} for NaN.
     *
     * @param x the value
     * @return its text
     */
    static String index(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        DecimalFormat f = new DecimalFormat(ChartStyle.YEAR_PATTERN, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(false);
        return f.format(x);
    }

    /**
     * Formats a probability as a percentage with one decimal: {@code 41.2 %}, or {@code n/a} for NaN.
     *
     * @param p a probability in [0, 1]
     * @return its text
     */
    static String percent(double p) {
        if (!Double.isFinite(p)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    /**
     * Returns the provenance line every chart carries: scenario, runs (counted, diverged, failed), seed, version,
     * and a warning if the result is partial.
     *
     * @param scenarioName the scenario's name
     * @param result the result
     * @return one line of text
     */
    static String provenance(String scenarioName, Result result) {
        Manifest m = result.manifest();
        StringBuilder s = new StringBuilder();
        s.append("Scenario ").append(scenarioName).append(" \u00b7 model ").append(m.model()).append(" \u00b7 ")
                .append(m.runs()).append(" runs (").append(result.completed()).append(" counted, ")
                .append(result.diverged()).append(" diverged, ").append(result.failed()).append(" failed)")
                .append(" \u00b7 seed ").append(m.seed()).append(" \u00b7 rsisim ").append(m.version());
        if (m.partial()) {
            s.append(" \u00b7 PARTIAL: cancelled after ").append(m.runs()).append(" of ").append(m.requestedRuns())
                    .append(" requested runs");
        }
        return s.toString();
    }
}
