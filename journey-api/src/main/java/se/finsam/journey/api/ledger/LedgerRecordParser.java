package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import se.finsam.journey.ledger.FreeText;
import se.finsam.journey.ledger.LedgerContent;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.LedgerViolation;
import se.finsam.journey.ledger.activities.ActivityKind;
import se.finsam.journey.ledger.activities.GenderCounts;
import se.finsam.journey.ledger.events.ActivityRecorded;
import se.finsam.journey.ledger.events.AllocationRecorded;
import se.finsam.journey.ledger.events.BudgetRecorded;
import se.finsam.journey.ledger.events.CostRecorded;
import se.finsam.journey.ledger.events.ForecastRecorded;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.GoalSet;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.ledger.events.PositionRecorded;
import se.finsam.journey.ledger.goals.Attainment;
import se.finsam.journey.ledger.goals.Direction;
import se.finsam.journey.ledger.goals.GoalIndicator;
import se.finsam.journey.ledger.money.CostType;
import se.finsam.journey.ledger.money.Party;
import se.finsam.journey.ledger.staff.StaffRole;

/**
 * A ledger record as JSON (docs/ledger-api.md) made into its event: every field of its type read and checked for
 * form, anything else refused, each refusal naming its field. Parsing has no side effect; the ledger's rules decide
 * the rest. A goal's figure is checked to exist by {@code figures}.
 */
final class LedgerRecordParser {

    private final Consumer<GoalIndicator> figures;

    LedgerRecordParser(Consumer<GoalIndicator> figures) {
        this.figures = figures;
    }

    /** The record's type, read first: it decides who may record the record at all. */
    static LedgerRecordType type(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw LedgerViolation.invalid(null, "record-not-an-object", "a ledger record is a JSON object");
        }
        JsonNode type = body.get("type");
        String name = type == null || !type.isTextual() ? null : type.asText();
        return LedgerRecordType.ofWireName(name).orElseThrow(() -> LedgerViolation.invalid("type", "type-unknown",
                "field 'type' must be one of allocation, budget, cost, forecast, position, goal, goal-assessment, "
                        + "activity or retraction"));
    }

    LedgerEvent parse(LedgerId ledger, JsonNode body, String recordedBy, LocalDate today) {
        LedgerRecordType type = type(body);
        LedgerFields fields = new LedgerFields(body);
        fields.value("type", true);
        String recordId = fields.text("recordId", false);
        String id = recordId == null ? UUID.randomUUID().toString() : recordId;
        String l = ledger.value();
        LedgerEvent event = switch (type) {
            case ALLOCATION -> new AllocationRecorded(l, id, recordedBy, fields.whole("year", true),
                    Party.parse("financingParty", fields.text("financingParty", true)), fields.amount("amount"));
            case BUDGET -> new BudgetRecorded(l, id, recordedBy, fields.whole("year", true),
                    CostType.parse("costType", fields.text("costType", true)), fields.amount("amount"));
            case COST -> {
                LocalDate from = fields.date("from", true);
                LocalDate to = fields.date("to", false);
                yield new CostRecorded(l, id, recordedBy, from, to == null ? from : to,
                        CostType.parse("costType", fields.text("costType", true)), fields.amount("amount"));
            }
            case FORECAST -> new ForecastRecorded(l, id, recordedBy, fields.whole("year", true),
                    orToday(fields.date("date", false), today), CostType.parse("costType",
                    fields.text("costType", true)), fields.amount("amount"));
            case POSITION -> position(l, id, recordedBy, fields);
            case GOAL -> goal(l, id, recordedBy, fields);
            case GOAL_ASSESSMENT -> new GoalAssessed(l, id, recordedBy, fields.text("goal", true),
                    orToday(fields.date("date", false), today), FreeText.check("text", fields.text("text", true),
                    LedgerContent.MOST_ASSESSMENT_TEXT), code("attainment", fields.text("attainment", false),
                    Attainment.class));
            case ACTIVITY -> activity(l, id, recordedBy, fields);
            case RETRACTION -> new LedgerRecordRetracted(l, id, recordedBy, orToday(fields.date("date", false), today),
                    fields.text("retracts", true), FreeText.check("reason", fields.text("reason", true),
                    LedgerContent.MOST_REASON));
        };
        fields.noOthers(type.wireName());
        return event;
    }

    private static PositionRecorded position(String ledger, String id, String recordedBy, LedgerFields fields) {
        LocalDate from = fields.date("from", true);
        LocalDate to = fields.date("to", true);
        Integer persons = fields.whole("persons", false);
        String payer = fields.text("payer", false);
        String coFinancedBy = fields.text("coFinancedBy", false);
        Integer coFinancedFte = fields.fte("coFinancedFte", coFinancedBy != null);
        return new PositionRecorded(ledger, id, recordedBy, from, to, StaffRole.parse("role", fields.text("role", true)),
                fields.fte("fte", true), persons == null ? 1 : persons,
                Party.parse("employer", fields.text("employer", true)),
                payer == null ? Party.ASSOCIATION : Party.parse("payer", payer),
                coFinancedBy == null ? null : Party.parse("coFinancedBy", coFinancedBy),
                coFinancedFte == null ? 0 : coFinancedFte);
    }

    private GoalSet goal(String ledger, String id, String recordedBy, LedgerFields fields) {
        String figure = fields.text("figure", false);
        JsonNode table = fields.value("tableCell", false);
        if (figure != null && table != null) {
            throw LedgerViolation.invalid("tableCell", "goal-two-figures", "a goal is tied to one figure: a "
                    + "'figure' of the participant report or a 'tableCell' of a defined table, not both");
        }
        GoalIndicator indicator = figure != null ? GoalIndicator.national(figure)
                : table != null ? tableCell(table) : null;
        if (indicator != null) {
            figures.accept(indicator);
        }
        return new GoalSet(ledger, id, recordedBy, fields.whole("year", true),
                FreeText.check("area", fields.text("area", true), LedgerContent.MOST_AREA),
                FreeText.check("text", fields.text("text", true), LedgerContent.MOST_GOAL_TEXT), indicator,
                fields.decimal("target", false), code("direction", fields.text("direction", false), Direction.class));
    }

    private static GoalIndicator tableCell(JsonNode table) {
        if (!table.isObject()) {
            throw LedgerViolation.invalid("tableCell", "goal-figure-incomplete", "field 'tableCell' is an object of "
                    + "definition, version, table and cell");
        }
        LedgerFields cell = new LedgerFields(table);
        GoalIndicator indicator = GoalIndicator.tableCell(cell.text("definition", true), cell.whole("version", true),
                cell.text("table", true), cell.text("cell", true));
        cell.noOthers("tableCell");
        return indicator;
    }

    private static ActivityRecorded activity(String ledger, String id, String recordedBy, LedgerFields fields) {
        LocalDate from = fields.date("from", true);
        LocalDate to = fields.date("to", false);
        JsonNode gender = fields.value("byGender", false);
        GenderCounts byGender = null;
        if (gender != null) {
            if (!gender.isObject()) {
                throw LedgerViolation.invalid("byGender", "field-not-an-object", "field 'byGender' is an object of "
                        + "WOMAN, MAN and NON_BINARY counts");
            }
            LedgerFields counts = new LedgerFields(gender);
            byGender = new GenderCounts(orZero(counts.whole("WOMAN", false)), orZero(counts.whole("MAN", false)),
                    orZero(counts.whole("NON_BINARY", false)));
            counts.noOthers("byGender");
        }
        return new ActivityRecorded(ledger, id, recordedBy, ActivityKind.parse("kind", fields.text("kind", true)),
                FreeText.check("title", fields.text("title", true), LedgerContent.MOST_TITLE), from,
                to == null ? from : to, fields.whole("sessions", true), fields.whole("attendances", true),
                fields.whole("uniqueParticipants", true), byGender);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static LocalDate orToday(LocalDate date, LocalDate today) {
        return date == null ? today : date;
    }

    private static <E extends Enum<E>> E code(String field, String text, Class<E> codes) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(codes, text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw LedgerViolation.invalid(field, "code-unknown", "field '" + field + "': " + FreeText.echo(text) + " is not one of "
                    + java.util.Arrays.toString(codes.getEnumConstants()), text);
        }
    }
}
