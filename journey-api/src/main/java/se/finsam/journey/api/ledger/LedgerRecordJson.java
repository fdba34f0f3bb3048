package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import se.finsam.journey.ledger.money.Amounts;
import se.finsam.journey.ledger.staff.Fte;

/**
 * A stored ledger record as a client sends it (amounts in kronor, parties as keys, FTE as decimals): what the ledger
 * view shows, and what {@link LedgerRecordParser} reads back into the same event.
 */
final class LedgerRecordJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LedgerRecordJson() {
    }

    static ObjectNode of(LedgerEvent event) {
        ObjectNode json = JSON.objectNode().put("type", event.type().wireName()).put("recordId", event.recordId());
        if (event instanceof AllocationRecorded a) {
            json.put("year", a.year()).put("financingParty", a.financingParty().key())
                    .put("amount", Amounts.kronor(a.amountOre()));
        } else if (event instanceof BudgetRecorded b) {
            json.put("year", b.year()).put("costType", b.costType().code()).put("amount", Amounts.kronor(b.amountOre()));
        } else if (event instanceof CostRecorded c) {
            json.put("from", c.from().toString()).put("to", c.to().toString()).put("costType", c.costType().code())
                    .put("amount", Amounts.kronor(c.amountOre()));
        } else if (event instanceof ForecastRecorded f) {
            json.put("year", f.year()).put("date", f.date().toString()).put("costType", f.costType().code())
                    .put("amount", Amounts.kronor(f.amountOre()));
        } else if (event instanceof PositionRecorded p) {
            json.put("from", p.from().toString()).put("to", p.to().toString()).put("role", p.role().code())
                    .put("fte", Fte.decimal(p.fteHundredths())).put("persons", p.persons())
                    .put("employer", p.employer().key()).put("payer", p.payer().key());
            if (p.coFinancedBy() != null) {
                json.put("coFinancedBy", p.coFinancedBy().key()).put("coFinancedFte", Fte.decimal(p.coFinancedFteHundredths()));
            }
        } else if (event instanceof GoalSet g) {
            json.put("year", g.year()).put("area", g.area()).put("text", g.text());
            if (g.indicator() != null && g.indicator().isNational()) {
                json.put("figure", g.indicator().figure());
            } else if (g.indicator() != null) {
                json.putObject("tableCell").put("definition", g.indicator().definition())
                        .put("version", g.indicator().version()).put("table", g.indicator().table())
                        .put("cell", g.indicator().cell());
            }
            if (g.target() != null) {
                json.put("target", g.target()).put("direction", g.direction().name());
            }
        } else if (event instanceof GoalAssessed a) {
            json.put("goal", a.goal()).put("date", a.date().toString()).put("text", a.text());
            if (a.attainment() != null) {
                json.put("attainment", a.attainment().name());
            }
        } else if (event instanceof ActivityRecorded a) {
            json.put("kind", a.kind().code()).put("title", a.title()).put("from", a.from().toString())
                    .put("to", a.to().toString()).put("sessions", a.sessions()).put("attendances", a.attendances())
                    .put("uniqueParticipants", a.uniqueParticipants());
            if (a.byGender() != null) {
                json.putObject("byGender").put("WOMAN", a.byGender().women()).put("MAN", a.byGender().men())
                        .put("NON_BINARY", a.byGender().nonBinary());
            }
        } else if (event instanceof LedgerRecordRetracted r) {
            json.put("date", r.date().toString()).put("retracts", r.retracts()).put("reason", r.reason());
        } else {
            throw new IllegalStateException("no JSON for " + event.type());
        }
        return json;
    }
}
