package se.finsam.journey.document.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import se.finsam.journey.document.Chart;

/**
 * A chart as a PNG picture for Word: drawn at {@link #DPI} dots per inch, so that a chart 16 cm wide is sharp on
 * paper. The chart is laid out in points exactly as in the PDF and only scaled, so both documents show the same
 * picture.
 */
public final class ChartPictures {

    /** Print resolution. */
    public static final int DPI = 300;

    private ChartPictures() {
    }

    /** The chart as PNG bytes, {@code width} × {@code height} points on paper. */
    public static byte[] png(Chart chart, float width, float height) {
        double scale = DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D surface = image.createGraphics();
        try {
            surface.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            surface.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            surface.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            surface.setPaint(Color.WHITE);
            surface.fillRect(0, 0, image.getWidth(), image.getHeight());
            surface.scale(scale, scale);
            ChartDrawing.draw(chart, surface, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            surface.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
