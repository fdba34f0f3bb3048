package se.finsam.journey.ledger.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.finsam.journey.ledger.events.PositionRecorded;
import se.finsam.journey.ledger.money.Party;
import se.finsam.journey.ledger.staff.StaffRole;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The one place where the staff report's figures are defined, over live position records:
 * <ul>
 *   <li><b>fte</b>: each position's full-time equivalents weighted by the share of the period's days it covers,
 *   summed exactly (a position of 1,00 for the whole period is 1,00; for half of it, 0,50), in total, by role, by
 *   employer and by payer (a co-financed part with the party that pays it, the rest with the payer);</li>
 *   <li><b>headcount</b>: the persons of the positions that cover at least one day of the period;</li>
 *   <li><b>participants per FTE</b>: the participant report's {@code participants.total} ÷ fte; none over 0.</li>
 * </ul>
 */
public final class StaffDefinitions {

    private StaffDefinitions() {
    }

    /** The rows both years of a comparison carry: roles, employers and payers of positions in either. */
    public record Rows(List<String> roles, List<String> employers, List<String> payers) {

        public static Rows of(Collection<LedgerSnapshot> ledgers, ReportPeriod... periods) {
            List<PositionRecorded> positions = Keys.live(ledgers, PositionRecorded.class)
                    .filter(p -> Stream.of(periods).anyMatch(period -> days(p, period) > 0)).toList();
            List<Party> payers = positions.stream().flatMap(p -> p.coFinancedBy() == null ? Stream.of(p.payer())
                    : Stream.of(p.payer(), p.coFinancedBy())).toList();
            return new Rows(Keys.of(StaffRole.STANDARD, false, positions, p -> p.role().code()),
                    parties(positions.stream().map(PositionRecorded::employer).toList()), parties(payers));
        }

        private static List<String> parties(List<Party> parties) {
            return parties.stream().sorted(Comparator.comparing((Party p) -> p.kind().ordinal())
                    .thenComparing(Party::key)).map(Party::key).distinct().toList();
        }
    }

    public static StaffFigures compute(Collection<LedgerSnapshot> ledgers, ReportPeriod period,
                                       ReportFigures participantReport, Rows rows) {
        long periodDays = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        Map<String, Long> byRole = new HashMap<>();
        Map<String, Long> byEmployer = new HashMap<>();
        Map<String, Long> byPayer = new HashMap<>();
        long total = 0;
        long headcount = 0;
        for (PositionRecorded position : Keys.live(ledgers, PositionRecorded.class).toList()) {
            long days = days(position, period);
            if (days == 0) {
                continue;
            }
            long weighted = Math.multiplyExact(position.fteHundredths(), days);
            total = Math.addExact(total, weighted);
            headcount += position.persons();
            byRole.merge(position.role().code(), weighted, Math::addExact);
            byEmployer.merge(position.employer().key(), weighted, Math::addExact);
            long coFinanced = Math.multiplyExact(position.coFinancedFteHundredths(), days);
            byPayer.merge(position.payer().key(), weighted - coFinanced, Math::addExact);
            if (position.coFinancedBy() != null) {
                byPayer.merge(position.coFinancedBy().key(), coFinanced, Math::addExact);
            }
        }
        Value fte = fte(total, periodDays);
        Value participants = participantReport == null ? Value.none(Value.Unit.COUNT)
                : Value.count(participantReport.count("participants.total").orElseThrow());
        Value perFte = participants.shown() && fte.exact().signum() > 0
                ? Value.of(participants.exact().dividedBy(fte.exact()), Value.Unit.TENTHS)
                : Value.none(Value.Unit.TENTHS);
        return new StaffFigures(fte, rowsOf(rows.roles(), byRole, periodDays), rowsOf(rows.employers(), byEmployer,
                periodDays), rowsOf(rows.payers(), byPayer, periodDays), Value.count(headcount), participants, perFte);
    }

    /** The days of the period the position covers. */
    static long days(PositionRecorded position, ReportPeriod period) {
        LocalDate start = position.from().isAfter(period.from()) ? position.from() : period.from();
        LocalDate end = position.to().isBefore(period.to()) ? position.to() : period.to();
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    private static Value fte(long hundredthDays, long periodDays) {
        return Value.of(Ratio.of(hundredthDays, Math.multiplyExact(periodDays, 100)), Value.Unit.FTE);
    }

    private static Map<String, Value> rowsOf(List<String> keys, Map<String, Long> weighted, long periodDays) {
        Map<String, Value> rows = new LinkedHashMap<>();
        keys.forEach(key -> rows.put(key, fte(weighted.getOrDefault(key, 0L), periodDays)));
        return rows;
    }
}
