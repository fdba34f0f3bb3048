package se.finsam.journey.api.tables;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.tables.AgeAt;
import se.finsam.journey.tables.Axis;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.TableSpec;

/**
 * The record types that decide whether and where a journey counts in a table's cell: those its population is
 * made of, and those that give the journey its category in each dimension of the rows, the columns and the
 * filter (and the day ages are taken at). Lineage and differences show a journey's records of these types.
 */
final class TableDecidingRecords {

    private TableDecidingRecords() {
    }

    static Set<RecordType> of(TableSpec table) {
        Set<RecordType> deciding = EnumSet.of(RecordType.REFERRAL);
        switch (table.population()) {
            case REFERRALS -> { }
            case WITHDRAWALS -> deciding.add(RecordType.REFERRAL_WITHDRAWN);
            case WAITING_AT_END -> deciding.addAll(Set.of(RecordType.ENROLMENT, RecordType.REFERRAL_WITHDRAWN));
            case WORK_TRAINING -> deciding.addAll(Set.of(RecordType.ENROLMENT, RecordType.CLOSURE,
                    RecordType.WORK_TRAINING_STARTED, RecordType.WORK_TRAINING_ENDED));
            default -> deciding.addAll(Set.of(RecordType.ENROLMENT, RecordType.CLOSURE));
        }
        Stream.concat(Stream.of(table.rows(), table.columns()).filter(axis -> axis != null).map(Axis::by),
                table.where().keySet().stream()).forEach(by -> deciding.addAll(of(by, table.ageAt())));
        return deciding;
    }

    private static Set<RecordType> of(Dimension by, AgeAt ageAt) {
        return switch (by) {
            case INITIATIVE -> Set.of(RecordType.REFERRAL);
            case CLOSURE_CAUSE, SUPPORT_AFTER, STANDARD_OUTCOME, SUBSIDISED_EMPLOYMENT -> Set.of(RecordType.CLOSURE);
            case WORK_TRAINING_SECTOR -> Set.of(RecordType.WORK_TRAINING_STARTED, RecordType.WORK_TRAINING_ENDED,
                    RecordType.CLOSURE);
            case AGE_BAND -> switch (ageAt) {
                case REFERENCE -> Set.of(RecordType.PROFILE_UPDATE, RecordType.CLOSURE);
                case ENROLMENT -> Set.of(RecordType.PROFILE_UPDATE, RecordType.ENROLMENT);
                default -> Set.of(RecordType.PROFILE_UPDATE);
            };
            default -> Set.of(RecordType.PROFILE_UPDATE);
        };
    }
}
