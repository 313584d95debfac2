package org.rsisim.scenario.report;

import java.util.Locale;

/**
 * Formats numbers for people and for machines. Always with {@code '.'} as the decimal separator and no grouping,
 * whatever the default locale, so output reads back into pandas and R. Stateless and thread-safe.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Returns how many decimals show an estimate to the precision its standard error supports: two significant
     * digits of the standard error. For a standard error of 0.0123 that is 3 decimals (0.012); for 340 it is -1
     * (round to tens).
     *
     * @param stderr the standard error
     * @return decimals, possibly negative; {@link Integer#MIN_VALUE} if the error is not positive and finite
     */
    public static int decimalsFor(double stderr) {
        if (!(stderr > 0) || !Double.isFinite(stderr)) {
            return Integer.MIN_VALUE;
        }
        return 1 - (int) Math.floor(Math.log10(stderr));
    }

    /**
     * Formats an estimate rounded to the given decimals (see {@link #decimalsFor}); falls back to four significant
     * digits when the decimals are unknown, and to scientific notation for very large or small magnitudes.
     *
     * @param value the value
     * @param decimals decimals to keep, or {@link Integer#MIN_VALUE}
     * @return the text; {@code "NaN"} or {@code "inf"} for non-finite values
     */
    public static String rounded(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "inf" : "-inf";
        }
        if (decimals == Integer.MIN_VALUE) {
            return significant(value, 4);
        }
        double mag = Math.abs(value);
        if (mag >= 1e7 || (mag > 0 && mag < 1e-4 && decimals > 8)) {
            int exponent = (int) Math.floor(Math.log10(mag));
            int digits = Math.max(1, Math.min(15, exponent + decimals + 1));
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        if (decimals >= 0) {
            return String.format(Locale.ROOT, "%." + Math.min(decimals, 12) + "f", value);
        }
        double unit = Math.pow(10, -decimals);
        return String.format(Locale.ROOT, "%.0f", Math.rint(value / unit) * unit);
    }

    /**
     * Formats a number with a given number of significant digits, in plain or scientific notation.
     *
     * @param value the value
     * @param digits significant digits, at least 1
     * @return the text
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        double mag = Math.abs(value);
        if (mag >= 1e7 || mag < 1e-4) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        int exponent = (int) Math.floor(Math.log10(mag));
        int decimals = Math.max(0, digits - 1 - exponent);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * Formats a quantile to the precision its confidence interval supports, with at most {@code maxDigits}
     * significant digits: the fewest significant digits whose rounding of {@code value} still lies in
     * {@code [lower, upper]}. A wide interval gives few digits (0.5 in [0.3, 0.7] shows as 0.5), a narrow one more,
     * and near 1 the digits reach the distance from 1 (0.99999994 in [0.9999998, 0.99999999] shows as 0.9999999).
     * An interval narrower than {@code maxDigits} digits resolve (such as the single value of an exact quantile)
     * gives {@code maxDigits} digits. Without a finite interval around the value, three significant digits.
     *
     * @param value the quantile
     * @param lower its lower confidence bound, NaN if none
     * @param upper its upper confidence bound, NaN if none
     * @param maxDigits the most significant digits to show, 1 to 17
     * @return the text
     */
    public static String supported(double value, double lower, double upper, int maxDigits) {
        if (!Double.isFinite(value) || !(lower <= value) || !(value <= upper) || !Double.isFinite(upper)
                || !Double.isFinite(lower)) {
            return significant(value, 3);
        }
        if (value == 0) {
            return "0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(value);
        for (int digits = 1; digits < maxDigits; digits++) {
            double r = exact.round(new java.math.MathContext(digits)).doubleValue();
            if (lower <= r && r <= upper) {
                return significant(r, digits);
            }
        }
        return significant(exact.round(new java.math.MathContext(maxDigits)).doubleValue(), maxDigits);
    }

    /**
     * Formats a time such as a calendar year without grouping: 2028 for a whole number, else up to 4 decimals.
     *
     * @param t the time
     * @return the text
     */
    public static String time(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", t);
        }
        String s = String.format(Locale.ROOT, "%.4f", t);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * Formats a number for CSV: the shortest text that reads back to the same double; empty for NaN, and
     * {@code Inf}/{@code -Inf} for infinities (both pandas and R read these).
     *
     * @param v the value
     * @return the text
     */
    public static String csv(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(v);
    }

    /**
     * Formats a percentage with one decimal, never rounding a non-zero fraction to 0 % or a fraction below one to
     * 100 %: those print as {@code "<0.1 %"} and {@code ">99.9 %"}.
     *
     * @param fraction a fraction in [0, 1]
     * @return such as {@code "12.5 %"}
     */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "NaN";
        }
        if (fraction > 0 && fraction < 0.0005) {
            return "<0.1 %";
        }
        if (fraction < 1 && fraction > 0.9995) {
            return ">99.9 %";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
