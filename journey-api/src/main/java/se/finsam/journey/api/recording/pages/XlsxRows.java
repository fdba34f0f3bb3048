package se.finsam.journey.api.recording.pages;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an Excel file read row by row with POI's streaming reader (the sheet's XML through SAX,
 * never a whole workbook in memory), as {@link CsvRows} reads CSV: rows missing from the file come as blank
 * rows, so row numbers are the sheet's. Only the shared-strings table (the workbook's distinct texts) is held in
 * memory, so a file whose table unpacks to more than {@value #MOST_SHARED_STRINGS_BYTES} bytes is refused.
 */
public final class XlsxRows {

    /** About 600,000 distinct ids of the template's length; a 300,000-row history needs some 20 MB. */
    static final long MOST_SHARED_STRINGS_BYTES = 48L * 1024 * 1024;

    /** The file is not one this reader takes; the key says why (a message of the import page). */
    public static final class Refused extends Exception {
        public final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    private XlsxRows() {
    }

    /**
     * Reads the first sheet into the sink; {@code counted} wraps the sheet's XML (to count progress), and
     * {@code sheetSize} receives its unpacked size when the file says it.
     */
    public static void read(OPCPackage xlsx, RowSink sink, UnaryOperator<InputStream> counted)
            throws IOException, Refused, RowSink.CellTooLong {
        try {
            for (PackagePart strings : xlsx.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (strings.getSize() > MOST_SHARED_STRINGS_BYTES) {
                    throw new Refused("import.error.xlsxTooMuchText");
                }
            }
            XSSFReader reader = new XSSFReader(xlsx);
            ReadOnlySharedStringsTable sharedStrings = new ReadOnlySharedStringsTable(xlsx, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Refused("import.error.xlsx");
            }
            Rows rows = new Rows(sink);
            CellSizeGuard guard = new CellSizeGuard(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    sharedStrings, rows, new IsoDates(), false), rows);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(guard);
            try (InputStream sheet = counted.apply(sheets.next())) {
                xml.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                return;
            } catch (SAXException e) {
                if (e.getCause() instanceof StopReading) {
                    return;
                }
                throw new Refused("import.error.xlsx");
            }
        } catch (OpenXML4JException | ParserConfigurationException | SAXException | POIXMLException
                 | IllegalStateException | IllegalArgumentException e) {
            throw new Refused("import.error.xlsx");
        }
    }

    /** Opens the file for reading only; a file that is not an Excel workbook is refused. */
    public static OPCPackage open(java.nio.file.Path file) throws Refused {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new Refused("import.error.xlsx");
        }
    }

    /** The unpacked size of the first sheet's XML, or -1 when the file does not say. */
    static long firstSheetSize(OPCPackage xlsx) {
        try {
            XSSFReader reader = new XSSFReader(xlsx);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return -1;
            }
            try (InputStream ignored = sheets.next()) {
                PackagePart part = sheets.getSheetPart();
                return part == null ? -1 : part.getSize();
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return -1;
        }
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super("enough rows read", null, false, false);
        }
    }

    /** Cells of one row at a time; rows the sheet leaves out (empty ones) are passed on blank. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private List<String> cells = new ArrayList<>();
        private int chars;
        private int passed;
        boolean cellTooLong;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            chars = 0;
            cellTooLong = false;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            String text = value == null ? "" : value;
            chars += text.length();
            if (column < RowSink.MOST_COLUMNS && chars <= RowSink.MOST_ROW_CHARS) {
                while (cells.size() < column) {
                    cells.add("");
                }
                if (cells.size() == column) {
                    cells.add(text);
                }
            }
        }

        @Override
        public void endRow(int rowNum) {
            while (passed < rowNum) {
                pass(List.of(), false);
            }
            boolean tooLong = cellTooLong || chars > RowSink.MOST_ROW_CHARS;
            pass(tooLong ? List.of() : cells, tooLong);
        }

        private void pass(List<String> row, boolean tooLong) {
            passed++;
            if (!sink.row(passed, row, tooLong)) {
                throw new StopReading();
            }
        }
    }

    /**
     * Keeps a cell's text to {@link RowSink#MOST_ROW_CHARS} characters: beyond that the reader would gather it
     * whole (a packed file can hold a cell of hundreds of megabytes), so the rest is dropped and the row marked.
     */
    private static final class CellSizeGuard extends DefaultHandler {
        private final DefaultHandler sheet;
        private final Rows rows;
        private int cellChars;

        CellSizeGuard(DefaultHandler sheet, Rows rows) {
            this.sheet = sheet;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                cellChars = 0;
            }
            sheet.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            sheet.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellChars += length;
            if (cellChars > RowSink.MOST_ROW_CHARS) {
                rows.cellTooLong = true;
                return;
            }
            sheet.characters(ch, start, length);
        }
    }

    /** Dates as ISO dates (2025-03-01) and numbers in full (4.5, 1985), whatever the cell's display format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    : Double.toString(value);
        }
    }
}
