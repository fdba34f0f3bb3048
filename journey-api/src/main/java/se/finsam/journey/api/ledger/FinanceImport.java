package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.recording.pages.CsvRows;
import se.finsam.journey.api.recording.pages.RowSink;
import se.finsam.journey.api.recording.pages.XlsxRows;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.ledger.LedgerHistory;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.LedgerRules;
import se.finsam.journey.ledger.LedgerViolation;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.store.JourneyEventTable;

/**
 * Money from a finance system's export (CSV or Excel, the template's columns): rows are read one at a time by the
 * import page's streaming readers, each made into its ledger record and decided by the ledger's rules against the
 * ledger as stored plus the rows before it. Every refused row is listed with its row number, field and message;
 * if any row is refused nothing is stored, otherwise every record is stored in one transaction. A row without a
 * {@code Post-id} gets one from its content and how often that content came before in the file, so sending the same
 * file again stores nothing new.
 */
@Service
public class FinanceImport {

    /** The most refusals listed; the others are counted. */
    static final int MOST_ERRORS_LISTED = 1000;

    private final LedgerAccess access;
    private final LedgerRecording recording;
    private final LedgerRecordParser parser;
    private final LedgerImportSettings settings;

    FinanceImport(LedgerAccess access, LedgerRecording recording, GoalFigureCheck figures, LedgerImportSettings settings) {
        this.access = access;
        this.recording = recording;
        this.parser = new LedgerRecordParser(figures);
        this.settings = settings;
    }

    /** One refused row: its number in the file (as the spreadsheet numbers it), the field and the rule. */
    public record RowError(int row, String field, String code, java.util.List<String> arguments, String message) {
    }

    /**
     * What became of a file: how many records were stored or were already there, or (when any row is refused) that
     * nothing was stored and why, row by row; {@code position} is that of the last stored event.
     */
    public record Result(int rows, int accepted, int duplicates, int rejected, List<RowError> errors,
                         int errorsNotListed, Long position) {

        public boolean stored() {
            return rejected == 0;
        }
    }

    /**
     * A file this import cannot read at all, with the reason: a stable {@code code} and its {@code arguments}, by
     * which a page says it in the user's language ({@code ledger.import.unreadable.<code>}), and the API's words.
     */
    public static final class Unreadable extends RuntimeException {
        private final String code;
        private final List<String> arguments;

        public Unreadable(String code, String message, String... arguments) {
            super(message, null, false, false);
            this.code = code;
            this.arguments = List.of(arguments);
        }

        public String code() {
            return code;
        }

        public List<String> arguments() {
            return arguments;
        }
    }

    /** Imports the file for the caller, who must be one who records money somewhere (OFFICE or ADMIN). */
    public Result importFile(Path file, Caller caller) throws IOException {
        if (!caller.isAdmin() && !caller.hasRole(se.finsam.journey.api.organisation.Role.OFFICE)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not import money (roles OFFICE and "
                    + "ADMIN do)");
        }
        Rows rows = new Rows(caller, recording.today(), settings.mostRows());
        read(file, rows);
        if (rows.header == null) {
            throw new Unreadable("no-header", "the file has no header row: the first row with anything in it names the columns "
                    + "(Insats or Förbund, Typ, Belopp, …; download the template)");
        }
        decide(rows);
        if (rows.errorCount > 0) {
            List<RowError> errors = rows.errors.stream().sorted(java.util.Comparator.comparingInt(RowError::row))
                    .toList();
            return new Result(rows.dataRows, 0, 0, rows.errorCount, errors, rows.errorCount - errors.size(), null);
        }
        List<LedgerRecording.Recorded> recorded = recording.store(rows.records);
        int duplicates = (int) recorded.stream().filter(LedgerRecording.Recorded::duplicate).count();
        Long position = recorded.stream().filter(r -> !r.duplicate()).map(LedgerRecording.Recorded::position)
                .max(Long::compare).orElse(null);
        return new Result(rows.dataRows, recorded.size() - duplicates, duplicates, 0, List.of(), 0, position);
    }

    /** Every record decided in order against its ledger as stored: a broken rule is refused on its row. */
    private void decide(Rows rows) {
        LocalDate today = recording.today();
        rows.records.forEach((ledger, records) -> {
            LedgerHistory history = recording.history(ledger);
            for (int i = 0; i < records.size(); i++) {
                try {
                    if (!LedgerRules.decide(history, records.get(i), today).duplicate()) {
                        history.add(records.get(i));
                    }
                } catch (LedgerViolation violation) {
                    rows.refuse(rows.rowsOf.get(ledger).get(i), violation);
                }
            }
        });
    }

    private static void read(Path file, Rows rows) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        }
        if (start.length == 0) {
            throw new Unreadable("empty", "the file is empty");
        }
        try {
            if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
                OPCPackage xlsx = XlsxRows.open(file);
                try {
                    XlsxRows.read(xlsx, rows, UnaryOperator.identity());
                } finally {
                    xlsx.revert();
                }
                return;
            }
            String first = new String(start, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (first.indexOf('\0') >= 0) {
                throw new Unreadable("not-csv-or-xlsx", "the file is neither CSV nor an Excel workbook (.xlsx)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                CsvRows.read(in, first.contains(";") ? ';' : ',', rows);
            }
        } catch (RowSink.CellTooLong e) {
            throw new Unreadable("cell-too-long", "row " + e.row + " has a cell longer than 64 KiB; nothing was stored",
                    String.valueOf(e.row));
        } catch (XlsxRows.Refused e) {
            throw new Unreadable("xlsx-unreadable", "the Excel file cannot be read (" + e.key.replace("import.error.", "")
                    + "); save it again as an Excel workbook (.xlsx) or as CSV");
        }
    }

    /** The rows as they are read: the header, then each data row made into a record of its ledger. */
    private final class Rows implements RowSink {
        private final Caller caller;
        private final LocalDate today;
        private final int mostRows;
        private Map<Integer, String> header;
        final Map<LedgerId, List<LedgerEvent>> records = new LinkedHashMap<>();
        final Map<LedgerId, List<Integer>> rowsOf = new HashMap<>();
        final List<RowError> errors = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        int errorCount;
        int dataRows;

        Rows(Caller caller, LocalDate today, int mostRows) {
            this.caller = caller;
            this.today = today;
            this.mostRows = mostRows;
        }

        @Override
        public boolean row(int number, List<String> cells, boolean tooLong) {
            if (!tooLong && (cells.stream().allMatch(String::isBlank) || cells.get(0).startsWith("#"))) {
                return true;
            }
            if (header == null) {
                if (tooLong) {
                    throw new Unreadable("header-too-long", "the header row is longer than 64 KiB");
                }
                header = header(cells);
                return true;
            }
            if (++dataRows > mostRows) {
                throw new Unreadable("too-many-rows", "the file has more than " + mostRows + " rows of data; split it, "
                        + "or ask an administrator to raise JOURNEY_LEDGER_IMPORT_MOST_ROWS", String.valueOf(mostRows));
            }
            if (tooLong) {
                refuse(number, LedgerViolation.invalid(null, "row-too-long", "the row holds more than 64 KiB"));
                return true;
            }
            try {
                add(number, cells);
            } catch (LedgerViolation violation) {
                refuse(number, violation);
            } catch (ForbiddenException | NotFoundException refused) {
                refuse(number, LedgerViolation.invalid(null, refused instanceof NotFoundException ? "ledger-unknown"
                        : "ledger-forbidden", refused.getMessage()));
            }
            return true;
        }

        private void add(int number, List<String> cells) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            String initiative = null;
            String association = null;
            for (Map.Entry<Integer, String> column : header.entrySet()) {
                String value = column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : "";
                if (value.isEmpty()) {
                    continue;
                }
                switch (column.getValue()) {
                    case "initiative" -> initiative = value;
                    case "association" -> association = value;
                    case "type" -> json.put("type", FinanceColumns.type(value).orElseThrow(() -> LedgerViolation
                            .invalid("type", "type-unknown", "Typ must be Tilldelning, Budget, Kostnad or Prognos")));
                    case "year" -> json.put("year", value);
                    default -> json.put(column.getValue(), value);
                }
            }
            if ((initiative == null) == (association == null)) {
                throw LedgerViolation.invalid("initiative", "ledger-missing", "name the row's initiative (Insats) or "
                        + "its association (Förbund), one of the two");
            }
            LedgerId ledger = access.recordable(caller, initiative != null ? LedgerId.Owner.INITIATIVE
                    : LedgerId.Owner.ASSOCIATION, initiative != null ? initiative : association, LedgerRecordType.Area.MONEY);
            if (!json.has("type")) {
                throw LedgerViolation.invalid("type", "field-missing", "Typ is missing: Tilldelning, Budget, Kostnad "
                        + "or Prognos");
            }
            if (!json.has("recordId")) {
                json.put("recordId", derivedId(ledger, json));
            }
            LedgerEvent record = parser.parse(ledger, json, caller.username(), today);
            records.computeIfAbsent(ledger, l -> new ArrayList<>()).add(record);
            rowsOf.computeIfAbsent(ledger, l -> new ArrayList<>()).add(number);
        }

        /** An id from the row's content and its occurrence in the file: the same file sent again gives the same ids. */
        private String derivedId(LedgerId ledger, ObjectNode json) {
            String content = ledger.value() + "|" + json;
            int occurrence = seen.merge(content, 1, Integer::sum);
            MessageDigest digest = JourneyEventTable.sha256();
            byte[] hash = digest.digest((content + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
            return "fin-" + HexFormat.of().formatHex(hash).substring(0, 24);
        }

        void refuse(int row, LedgerViolation violation) {
            errorCount++;
            if (errors.size() < MOST_ERRORS_LISTED) {
                errors.add(new RowError(row, column(violation.field()), violation.code(), violation.arguments(),
                        violation.getMessage()));
            }
        }

        private Map<Integer, String> header(List<String> cells) {
            Map<Integer, String> columns = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                Optional<String> field = FinanceColumns.field(cells.get(c));
                if (field.isPresent()) {
                    columns.put(c, field.get());
                } else if (!cells.get(c).isBlank()) {
                    throw new Unreadable("column-unknown", "column '" + cells.get(c).strip() + "' is not a column of the "
                            + "template; the columns are " + String.join(", ", FinanceColumns.COLUMNS.values()),
                            cells.get(c).strip(), String.join(", ", FinanceColumns.COLUMNS.values()));
                }
            }
            for (String required : List.of("type", "amount")) {
                if (!columns.containsValue(required)) {
                    throw new Unreadable("column-missing", "the header has no column "
                            + FinanceColumns.COLUMNS.get(required), FinanceColumns.COLUMNS.get(required));
                }
            }
            return columns;
        }
    }

    /** The template's Swedish column name of a field, for the messages of the page and the API. */
    static String column(String field) {
        return field == null ? null : FinanceColumns.COLUMNS.getOrDefault(field, field);
    }
}
