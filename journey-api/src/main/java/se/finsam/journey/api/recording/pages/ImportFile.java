package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import se.finsam.journey.api.recording.Importer;
import se.finsam.journey.api.recording.NdjsonLines;

/**
 * An uploaded file, kept on disk while its import runs, read as a stream and fed to the import a line at a time:
 * NDJSON as it is, CSV and Excel rows as NDJSON lines, one per row (blank and comment rows stay blank lines, so
 * line numbers still point at rows). Before the import starts, {@link #open} reads as far as the header and the
 * first row with data, so that a file without them is refused on the form with the reason.
 */
final class ImportFile {

    enum Format { NDJSON, CSV, XLSX }

    /** A file the page cannot read; {@code key} names the message, {@code argument} fills it. */
    static final class Unreadable extends Exception {
        final String key;
        final String argument;

        Unreadable(String key, String argument) {
            super(key, null, false, false);
            this.key = key;
            this.argument = argument;
        }
    }

    /** How much of the file is looked at to tell its format and separator. */
    private static final int PEEK = 64 * 1024;

    final Format format;
    private final Path path;
    private final char separator;
    private final SpreadsheetHeader header;
    private final long size;
    private final AtomicLong read = new AtomicLong();
    private volatile long total;

    private ImportFile(Format format, Path path, char separator, SpreadsheetHeader header) throws IOException {
        this.format = format;
        this.path = path;
        this.separator = separator;
        this.header = header;
        this.size = Files.size(path);
        this.total = format == Format.XLSX ? -1 : size;
    }

    /** The row of the file a line of the import came from. */
    int rowOf(int line) {
        return header == null ? line : header.row() + line;
    }

    /** How far reading has come, 0–100, or -1 while that is not known. */
    int percentRead() {
        long of = total;
        return of <= 0 ? -1 : (int) Math.min(100, read.get() * 100 / of);
    }

    static ImportFile open(String filename, Path file, CodeLabels labels)
            throws Unreadable, IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        byte[] start = peek(file);
        if (start.length == 0) {
            throw new Unreadable("import.error.empty", null);
        }
        if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return new ImportFile(Format.XLSX, file, ',', checkedHeader(file, Format.XLSX, ',', labels));
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || (start.length >= 4 && (start[0] & 0xff) == 0xD0
                && (start[1] & 0xff) == 0xCF)) {
            throw new Unreadable("import.error.xlsx", null);
        }
        String text = new String(start, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("import.error.format", null);
        }
        String content = text.stripLeading();
        if (content.isEmpty()) {
            if (!onlyWhitespace(file)) {
                throw new Unreadable("import.error.format", null);
            }
            throw new Unreadable("import.error.empty", null);
        }
        if (content.startsWith("{")) {
            return new ImportFile(Format.NDJSON, file, ',', null);
        }
        String firstLine = content.lines().findFirst().orElse("");
        if (name.endsWith(".csv") || firstLine.contains(";")) {
            char separator = firstLine.contains(";") ? ';' : ',';
            return new ImportFile(Format.CSV, file, separator, checkedHeader(file, Format.CSV, separator, labels));
        }
        throw new Unreadable("import.error.format", null);
    }

    /**
     * Feeds every line to the import. A spreadsheet that cannot be read on from some row stops the import there,
     * saying how far it got; the lines before are stored.
     */
    void feed(Importer importer, ObjectMapper json, CodeLabels labels) throws IOException {
        read.set(0);
        if (format == Format.NDJSON) {
            try (InputStream in = counted(Files.newInputStream(path))) {
                NdjsonLines.feed(in, importer);
            }
            return;
        }
        RecordRows records = new RecordRows(header, json, labels, importer);
        try {
            rows(format, path, separator, records, this::counted, size -> total = size);
        } catch (RowSink.CellTooLong e) {
            throw importer.unreadableFrom("row " + e.row + " has a cell longer than 64 KiB, more than a record can "
                    + "hold, and the file cannot be read past it", e);
        } catch (XlsxRows.Refused e) {
            throw importer.unreadableFrom("the Excel file cannot be read on from row " + (records.lastRow() + 1), e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A temporary file: the operating system's clean-up takes it if we cannot.
        }
    }

    private static SpreadsheetHeader checkedHeader(Path file, Format format, char separator, CodeLabels labels) throws Unreadable, IOException {
        SpreadsheetHeader.Scan scan = new SpreadsheetHeader.Scan(labels);
        try {
            rows(format, file, separator, scan, UnaryOperator.identity(), size -> { });
        } catch (RowSink.CellTooLong e) {
            throw new Unreadable("import.error.cellTooLong", String.valueOf(e.row));
        } catch (XlsxRows.Refused e) {
            throw new Unreadable(e.key, null);
        }
        return scan.header();
    }

    /** Reads a spreadsheet's rows into the sink; {@code counted} wraps what is read, {@code total} its size. */
    private static void rows(Format format, Path file, char separator, RowSink sink,
                             UnaryOperator<InputStream> counted, LongConsumer total)
            throws IOException, RowSink.CellTooLong, XlsxRows.Refused {
        if (format == Format.CSV) {
            try (InputStream in = counted.apply(Files.newInputStream(file))) {
                CsvRows.read(in, separator, sink);
            }
            return;
        }
        OPCPackage xlsx = XlsxRows.open(file);
        try {
            total.accept(XlsxRows.firstSheetSize(xlsx));
            XlsxRows.read(xlsx, sink, counted);
        } finally {
            xlsx.revert(); // closes a package opened to read (close() would try to save it)
        }
    }

    private InputStream counted(InputStream in) {
        return new BufferedInputStream(new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }
        }, 64 * 1024);
    }

    private static byte[] peek(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PEEK);
        }
    }

    /** Whether the whole file is whitespace (the first {@value #PEEK} bytes were). */
    private static boolean onlyWhitespace(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return false;
                }
            }
            return true;
        }
    }
}
