package se.finsam.journey.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The document's typeface, Liberation Sans (regular, bold, italic): metrically the same as Arial, which the Word
 * document names, and licensed under the SIL Open Font License 1.1. The files come from OpenPDF's
 * {@code openpdf-fonts-extra} jar, so nothing depends on the fonts installed on the machine: the PDF embeds them and
 * the charts are drawn with them.
 */
public enum Typeface {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    ITALIC("LiberationSans-Italic.ttf");

    /** The font Word is told to use; LibreOffice shows it as Liberation Sans where Arial is not installed. */
    public static final String WORD_FONT = "Arial";

    private final String file;
    private final byte[] bytes;
    private final Font awt;

    Typeface(String file) {
        this.file = file;
        this.bytes = read("/liberation/" + file);
        try {
            this.awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
        }
    }

    /** The font file's name, e.g. "LiberationSans-Bold.ttf". */
    public String file() {
        return file;
    }

    /** The TrueType file (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The font for Java 2D (the charts) at the given size in points. */
    public Font awt(float size) {
        return awt.deriveFont(size);
    }

    /**
     * The face of a Java 2D font a chart draws with: one of these by its name (a font made from the bold file is
     * "plain" in Java's eyes, so its style says nothing), else bold or italic as its style asks, else regular.
     */
    public static Typeface of(Font font) {
        for (Typeface face : values()) {
            if (face.awt.getFontName().equals(font.getFontName())) {
                return face;
            }
        }
        return font.isBold() ? BOLD : font.isItalic() ? ITALIC : REGULAR;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing: is openpdf-fonts-extra on the "
                        + "class path?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
