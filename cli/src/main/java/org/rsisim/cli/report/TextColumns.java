package org.rsisim.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the terminal tables, which are at most {@value #WIDTH} characters wide, without ever cutting a text: a
 * name longer than its column stands alone on its own line with the row's values on the next, and any other cell
 * longer than its column is wrapped at spaces onto further lines of the same row. A single word longer than its
 * column is kept whole, so a name or unit can always be copied from the table into a scenario file. Stateless.
 */
public final class TextColumns {
    /** The widest line of a table, apart from a single word longer than its column. */
    public static final int WIDTH = 100;

    private TextColumns() {
    }

    /**
     * The columns of a table: each column's width, alignment and the blanks written before it.
     *
     * @param widths the width of each column
     * @param right whether each column is aligned right
     * @param gaps the blanks written before each column (the first is usually 0)
     */
    public record Layout(int[] widths, boolean[] right, int[] gaps) {
        /**
         * Checks that the three arrays have one entry per column.
         */
        public Layout {
            if (widths.length != right.length || widths.length != gaps.length || widths.length == 0) {
                throw new IllegalArgumentException("widths, right and gaps need one entry per column, at least one: "
                        + widths.length + ", " + right.length + ", " + gaps.length);
            }
            widths = widths.clone();
            right = right.clone();
            gaps = gaps.clone();
        }
    }

    /**
     * Appends one row of a table. The first cell, usually a name, stands alone on a line when it is longer than its
     * column, and the other cells follow on the next line; any other cell that is longer than its column is wrapped
     * at spaces. Trailing blanks are removed.
     *
     * @param out the table so far
     * @param layout the columns
     * @param cells one text per column
     */
    public static void row(StringBuilder out, Layout layout, String... cells) {
        int n = layout.widths().length;
        if (cells.length != n) {
            throw new IllegalArgumentException("a row of " + n + " columns got " + cells.length + " cells");
        }
        String first = cells[0];
        if (first.length() > layout.widths()[0]) {
            out.append(" ".repeat(layout.gaps()[0])).append(first).append('\n');
            first = "";
        }
        List<List<String>> pieces = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < n; c++) {
            List<String> p = c == 0 ? List.of(first) : wrap(cells[c], layout.widths()[c]);
            pieces.add(p);
            height = Math.max(height, p.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < n; c++) {
                List<String> p = pieces.get(c);
                String text = line < p.size() ? p.get(line) : "";
                int w = layout.widths()[c];
                s.append(" ".repeat(layout.gaps()[c]));
                if (layout.right()[c]) {
                    s.append(" ".repeat(Math.max(0, w - text.length()))).append(text);
                } else {
                    s.append(text).append(" ".repeat(Math.max(0, w - text.length())));
                }
            }
            out.append(s.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * Wraps a text at spaces into lines of at most {@code width} characters; a word longer than the width is kept
     * whole on a line of its own.
     *
     * @param s the text
     * @param width the most characters of a line, at least 1
     * @return the lines, at least one
     */
    public static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : s.strip().split(" +")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * Appends a line of text without trailing blanks, wrapped at spaces to {@link #WIDTH} with further lines indented
     * by two blanks; no word is cut.
     *
     * @param out the table so far
     * @param text the line
     */
    public static void line(StringBuilder out, String text) {
        String t = text.stripTrailing();
        if (t.length() <= WIDTH) {
            out.append(t).append('\n');
            return;
        }
        int indent = t.length() - t.stripLeading().length();
        List<String> lines = wrap(t, WIDTH - indent - 2);
        for (int i = 0; i < lines.size(); i++) {
            out.append(" ".repeat(indent + (i == 0 ? 0 : 2))).append(lines.get(i)).append('\n');
        }
    }
}
