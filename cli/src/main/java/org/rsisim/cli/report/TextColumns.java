package org.rsisim.cli.report;

/** Fits text into the columns of the terminal tables, which are at most {@value #WIDTH} characters wide. */
final class TextColumns {
    /** The widest line of a table. */
    static final int WIDTH = 100;

    private TextColumns() {
    }

    /**
     * Cuts a text to a width, marking the cut with {@code ~}.
     *
     * @param s the text
     * @param width the most characters
     * @return the text, or its first {@code width - 1} characters and {@code ~}
     */
    static String fit(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        return s.substring(0, width - 1) + "~";
    }

    /**
     * Appends a line without trailing blanks, cut to {@link #WIDTH}.
     *
     * @param out the table so far
     * @param text the line
     */
    static void line(StringBuilder out, String text) {
        String t = text.stripTrailing();
        if (t.length() > WIDTH) {
            t = fit(t, WIDTH);
        }
        out.append(t).append('\n');
    }
}
