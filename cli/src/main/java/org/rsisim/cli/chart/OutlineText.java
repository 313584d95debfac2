package org.rsisim.cli.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads back the text of a glyph outline. XChart draws every piece of chart text (title, axis titles, tick labels,
 * legend) by filling the outline of a {@link TextLayout}, so an SVG made from its drawing would carry text only as
 * paths: large, not selectable, not searchable. Given such an outline, this class finds the string, font and
 * origin whose {@code TextLayout} outline it is, so that the SVG can say {@code <text>} instead.
 *
 * <p>The outline is split glyph by glyph against the outlines of single characters of the candidate fonts (printable
 * ASCII, Latin-1 and common punctuation and mathematical signs), advancing the pen by each glyph's advance and
 * trying spaces where no glyph fits. A reading is accepted only if the outline of the whole string, laid out again,
 * equals the given outline point for point (within {@value #TOLERANCE} user units); otherwise the answer is empty
 * and the caller keeps the outline. Outlines drawn upright or turned a quarter turn either way are read.
 *
 * <p>Thread-safe: the glyph tables are built once per font and render context and never changed.
 */
final class OutlineText {
    /** Largest difference between coordinates that still counts as the same point, in user units. */
    static final double TOLERANCE = 0.02;
    private static final int MAX_SPACES = 3;
    private static final Map<Object, Map<Character, Glyph>> TABLES = new ConcurrentHashMap<>();

    /**
     * A reading of an outline.
     *
     * @param text the string
     * @param font its font
     * @param x the origin's x: {@code TextLayout.getOutline} of the text, translated by (x, y) and then turned by
     *        {@code quarterTurns} quarter turns about the user-space origin, gives the outline
     * @param y the origin's y (the baseline)
     * @param quarterTurns 0 for upright text, -1 for text read bottom to top, 1 for top to bottom
     */
    record Reading(String text, Font font, double x, double y, int quarterTurns) {
    }

    private record Glyph(int[] types, double[] coords, double advance) {
    }

    private OutlineText() {
    }

    /**
     * Reads an outline.
     *
     * @param outline a filled shape
     * @param fonts the fonts the text may be in, tried in order
     * @param frc the render context the outline was laid out with
     * @return the reading, or {@code null} if the shape is not the outline of a string in one of the fonts
     */
    static Reading read(Shape outline, List<Font> fonts, FontRenderContext frc) {
        Objects.requireNonNull(outline, "outline");
        Path target = Path.of(outline, null);
        if (target.types.length == 0 || target.types[0] != PathIterator.SEG_MOVETO) {
            return null;
        }
        for (int turns : new int[] {0, -1, 1}) {
            Path p = turns == 0 ? target : Path.of(outline, AffineTransform.getQuadrantRotateInstance(-turns));
            for (Font font : fonts) {
                Reading r = read(p, font, frc, turns);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Reading read(Path target, Font font, FontRenderContext frc, int turns) {
        Map<Character, Glyph> table = table(font, frc);
        StringBuilder text = new StringBuilder();
        int pos = 0;
        double pen = 0;
        double ox = Double.NaN;
        double oy = Double.NaN;
        Glyph space = table.get(' ');
        int spaces = 0;
        while (pos < target.types.length) {
            boolean found = false;
            for (Map.Entry<Character, Glyph> e : table.entrySet()) {
                Glyph g = e.getValue();
                if (g.types.length == 0) {
                    continue;
                }
                double dx;
                double dy;
                if (Double.isNaN(ox)) {
                    if (!sameTypes(target, pos, g)) {
                        continue;
                    }
                    dx = target.coords[target.offsets[pos]] - g.coords[0];
                    dy = target.coords[target.offsets[pos] + 1] - g.coords[1];
                } else {
                    dx = ox + pen;
                    dy = oy;
                }
                if (matches(target, pos, g, dx, dy)) {
                    if (Double.isNaN(ox)) {
                        ox = dx;
                        oy = dy;
                    }
                    text.append(e.getKey());
                    pen += g.advance;
                    pos += g.types.length;
                    spaces = 0;
                    found = true;
                    break;
                }
            }
            if (!found) {
                if (Double.isNaN(ox) || space == null || spaces >= MAX_SPACES) {
                    return null;
                }
                text.append(' ');
                pen += space.advance;
                spaces++;
            }
        }
        String s = text.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        Path again = Path.of(new TextLayout(s, font, frc).getOutline(AffineTransform.getTranslateInstance(ox, oy)),
                null);
        return again.equals(target) ? new Reading(s, font, ox, oy, turns) : null;
    }

    private static boolean sameTypes(Path target, int pos, Glyph g) {
        if (pos + g.types.length > target.types.length) {
            return false;
        }
        for (int i = 0; i < g.types.length; i++) {
            if (target.types[pos + i] != g.types[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Path target, int pos, Glyph g, double dx, double dy) {
        if (!sameTypes(target, pos, g)) {
            return false;
        }
        int base = target.offsets[pos];
        int n = g.coords.length;
        if (base + n > target.coords.length) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            if (Math.abs(target.coords[base + i] - g.coords[i] - dx) > TOLERANCE
                    || Math.abs(target.coords[base + i + 1] - g.coords[i + 1] - dy) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static Map<Character, Glyph> table(Font font, FontRenderContext frc) {
        return TABLES.computeIfAbsent(List.of(font, frc), k -> {
            Map<Character, Glyph> t = new LinkedHashMap<>();
            for (char c : alphabet()) {
                if (!font.canDisplay(c)) {
                    continue;
                }
                TextLayout layout = new TextLayout(String.valueOf(c), font, frc);
                Path p = Path.of(layout.getOutline(null), null);
                t.put(c, new Glyph(p.types, p.coords, layout.getAdvance()));
            }
            // more segments first, so that ':' is tried before '.', whose outline is the start of its own
            List<Map.Entry<Character, Glyph>> entries = new ArrayList<>(t.entrySet());
            entries.sort((a, b) -> Integer.compare(b.getValue().types.length, a.getValue().types.length));
            Map<Character, Glyph> sorted = new LinkedHashMap<>();
            entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return java.util.Collections.unmodifiableMap(sorted);
        });
    }

    /** Printable ASCII first (so that a plain reading wins a tie), then Latin-1, punctuation and signs. */
    private static List<Character> alphabet() {
        List<Character> out = new ArrayList<>();
        for (char c = '0'; c <= '9'; c++) {
            out.add(c);
        }
        for (char c = 33; c < 127; c++) {
            if (c < '0' || c > '9') {
                out.add(c);
            }
        }
        out.add(' ');
        for (char c = 0xA1; c <= 0xFF; c++) {
            out.add(c);
        }
        for (char c = 0x2010; c <= 0x2030; c++) {
            out.add(c);
        }
        for (char c : "\u2032\u2033\u2212\u2248\u2260\u2264\u2265\u221e\u2211\u221a\u2192\u03bb\u03bc\u03c3".toCharArray()) {
            out.add(c);
        }
        return out;
    }

    /** A flattened path: segment types, and for each segment the offset of its coordinates. */
    private static final class Path {
        final int[] types;
        final int[] offsets;
        final double[] coords;

        private Path(int[] types, int[] offsets, double[] coords) {
            this.types = types;
            this.offsets = offsets;
            this.coords = coords;
        }

        static Path of(Shape s, AffineTransform at) {
            PathIterator it = s.getPathIterator(at);
            double[] seg = new double[6];
            List<Integer> types = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            double[] coords = new double[64];
            int n = 0;
            while (!it.isDone()) {
                int type = it.currentSegment(seg);
                int count = switch (type) {
                    case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                    case PathIterator.SEG_QUADTO -> 4;
                    case PathIterator.SEG_CUBICTO -> 6;
                    default -> 0;
                };
                types.add(type);
                offsets.add(n);
                if (n + count > coords.length) {
                    coords = java.util.Arrays.copyOf(coords, Math.max(2 * coords.length, n + count));
                }
                System.arraycopy(seg, 0, coords, n, count);
                n += count;
                it.next();
            }
            return new Path(types.stream().mapToInt(Integer::intValue).toArray(),
                    offsets.stream().mapToInt(Integer::intValue).toArray(), java.util.Arrays.copyOf(coords, n));
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Path p) || !java.util.Arrays.equals(types, p.types) || coords.length != p.coords.length) {
                return false;
            }
            for (int i = 0; i < coords.length; i++) {
                if (Math.abs(coords[i] - p.coords[i]) > TOLERANCE) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(types);
        }
    }
}
