package org.rsisim.cli.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * A VectorGraphics2D canvas that turns filled glyph outlines back into text. XChart fills the outline of every
 * string it draws; this canvas reads each filled shape with {@link OutlineText} in the chart's fonts and, when it is
 * the outline of a string, draws the string instead, so that the SVG carries {@code <text>} elements (smaller,
 * selectable, searchable, read by screen readers). Shapes that are not text are filled as before.
 *
 * <p>Not thread-safe, like every {@link java.awt.Graphics2D}.
 */
final class TextVectorGraphics extends VectorGraphics2D {
    private final List<Font> fonts;

    /**
     * @param fonts the fonts the chart draws text in, tried in order
     */
    TextVectorGraphics(List<Font> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    @Override
    public void fill(Shape s) {
        OutlineText.Reading r = fonts.isEmpty() ? null : OutlineText.read(s, fonts, getFontRenderContext());
        if (r == null) {
            super.fill(s);
            return;
        }
        Font font = getFont();
        AffineTransform at = getTransform();
        try {
            if (r.quarterTurns() != 0) {
                transform(AffineTransform.getQuadrantRotateInstance(r.quarterTurns()));
            }
            setFont(r.font());
            drawString(r.text(), (float) r.x(), (float) r.y());
        } finally {
            setTransform(at);
            setFont(font);
        }
    }
}
