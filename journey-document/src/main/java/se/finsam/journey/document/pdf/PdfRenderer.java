package se.finsam.journey.document.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import se.finsam.journey.document.ReportDocument;

/**
 * Renders a {@link ReportDocument} as PDF. The table of contents and the footer's "Sida N av M" need page numbers
 * that are known only once the document is laid out, so it is laid out again with the numbers of the previous
 * layout until they no longer change: twice for almost every document (the numbers take the same room whatever they
 * are), at most four times.
 */
public final class PdfRenderer {

    private static final int MOST_LAYOUTS = 4;

    private PdfRenderer() {
    }

    public static byte[] render(ReportDocument document) {
        PdfPass.Layout known = new PdfPass.Layout(Map.of(), 0);
        PdfPass.Result result = null;
        for (int i = 0; i < MOST_LAYOUTS; i++) {
            result = new PdfPass(document, known).run();
            if (result.layout().equals(known)) {
                break;
            }
            known = result.layout();
        }
        return result.pdf();
    }

    public static void render(ReportDocument document, OutputStream out) {
        try {
            out.write(render(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
