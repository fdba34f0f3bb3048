package se.finsam.journey.api.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Downloads a document over HTTP and reads it back as Word and PDF readers see it (POI, PDFBox). */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** An answer with its bytes and headers. */
    public record Download(int status, byte[] body, HttpResponse<byte[]> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static Download get(int port, String user, String password, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                            .getBytes(StandardCharsets.UTF_8))).GET().build();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A Word table as rows of cell texts, with the caption of the paragraph before it. */
    public record WordTable(List<List<String>> rows) {

        /** The row whose first cell is {@code label}, as its cells' texts. */
        public List<String> row(String label) {
            return rows.stream().filter(row -> row.get(0).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row '" + label + "' in " + rows));
        }
    }

    /** Every paragraph's text in the body (tables' cells apart). */
    public static String wordParagraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            return text.toString();
        } catch (IOException e) {
            throw new AssertionError("not a Word document", e);
        }
    }

    public static List<WordTable> wordTables(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<WordTable> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(row.getTableCells().stream().map(cell -> cell.getText().strip()).toList());
                }
                tables.add(new WordTable(rows));
            }
            return tables;
        } catch (IOException e) {
            throw new AssertionError("not a Word document", e);
        }
    }

    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }
}
