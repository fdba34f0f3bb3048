package se.finsam.journey.document.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import se.finsam.journey.document.Typeface;

/**
 * The PDF's fonts: Liberation Sans embedded (as subsets, with Unicode so å, ä, ö and − come out and can be copied),
 * the text styles made from it, and the mapping that lets the charts' Java 2D text be written in the same fonts.
 * Made per document: an OpenPDF font keeps the glyphs one document uses.
 */
final class PdfFonts implements FontMapper {

    static final Color TEXT = new Color(0x262626);
    static final Color HEADING = new Color(0x1F3A5A);
    static final Color SUBHEADING = new Color(0x2F5D7C);
    static final Color QUIET = new Color(0x595959);

    private final Map<Typeface, BaseFont> faces = new EnumMap<>(Typeface.class);

    PdfFonts() {
        for (Typeface face : Typeface.values()) {
            try {
                faces.put(face, BaseFont.createFont(face.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        face.bytes(), null));
            } catch (DocumentException e) {
                throw new IllegalStateException("the bundled font " + face.file() + " is not usable", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Font font(Typeface face, float size, Color colour) {
        return new Font(faces.get(face), size, Font.NORMAL, colour);
    }

    Font body() {
        return font(Typeface.REGULAR, 10.5f, TEXT);
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return faces.get(Typeface.of(font));
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        for (Map.Entry<Typeface, BaseFont> face : faces.entrySet()) {
            if (face.getValue() == font) {
                return face.getKey().awt(size);
            }
        }
        return Typeface.REGULAR.awt(size);
    }
}
