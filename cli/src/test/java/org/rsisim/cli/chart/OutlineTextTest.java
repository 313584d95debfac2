package org.rsisim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlines of strings read back as the strings, fonts and origins that made them; other shapes are not text. */
class OutlineTextTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final List<Font> FONTS = List.of(TICKS, TITLE);

    @Test
    void readsUprightStringsWithSpacesPunctuationAndUnicode() {
        for (String s : List.of("2028", "0.25", "P(automated_ai_rd by time t)", "5\u201395 % of runs", "1e-3",
                "Fan chart of capability by generation", "x: 1, y: 2")) {
            for (Font f : FONTS) {
                var shape = new TextLayout(s, f, FRC).getOutline(AffineTransform.getTranslateInstance(31.5, 207.25));
                OutlineText.Reading r = OutlineText.read(shape, FONTS, FRC);
                assertNotNull(r, s + " in " + f);
                assertEquals(s, r.text());
                assertEquals(f, r.font());
                assertEquals(31.5, r.x(), OutlineText.TOLERANCE);
                assertEquals(207.25, r.y(), OutlineText.TOLERANCE);
                assertEquals(0, r.quarterTurns());
            }
        }
    }

    @Test
    void readsAVerticalAxisTitle() {
        String s = "capability (OOM (log10))";
        var shape = new TextLayout(s, TICKS, FRC).getOutline(AffineTransform.getRotateInstance(-Math.PI / 2, 40, 300));
        OutlineText.Reading r = OutlineText.read(shape, FONTS, FRC);
        assertNotNull(r);
        assertEquals(s, r.text());
        assertEquals(-1, r.quarterTurns());
        // drawn again the way TextVectorGraphics draws it, the outline is the same
        AffineTransform at = AffineTransform.getQuadrantRotateInstance(-1);
        at.translate(r.x(), r.y());
        var again = new TextLayout(s, TICKS, FRC).getOutline(at);
        assertEquals(shape.getBounds2D().getX(), again.getBounds2D().getX(), 1e-3);
        assertEquals(shape.getBounds2D().getY(), again.getBounds2D().getY(), 1e-3);
    }

    @Test
    void shapesThatAreNotTextAreLeftAlone() {
        assertNull(OutlineText.read(new Rectangle2D.Double(10, 10, 30, 5), FONTS, FRC));
        var other = new TextLayout("abc", new Font(Font.SERIF, Font.ITALIC, 20), FRC).getOutline(null);
        assertNull(OutlineText.read(other, FONTS, FRC), "a font not offered is not read");
    }
}
