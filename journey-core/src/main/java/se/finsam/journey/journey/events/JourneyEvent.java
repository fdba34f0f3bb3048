package se.finsam.journey.journey.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.Sealed;

/**
 * A record of a journey as stored: who recorded it is part of the fact, the time it was recorded is the
 * event's own timestamp, set by the service.
 *
 * <p>The family is sealed, and each of its records has a {@link RecordType} of its own ({@code JourneyEventFamilyTest}
 * checks that the two match one to one). Code that treats each kind of record its own way switches over
 * {@link #type()} in a switch expression without a default: Java 17 has no switch over types yet (a preview), and
 * the enum switch gives the same guarantee, a new record type does not compile until every such switch handles it.
 */
public sealed interface JourneyEvent permits ParticipantReferred, ReferralWithdrawn, ParticipantEnrolled,
        AssessmentRecorded, WorkTrainingStarted, WorkTrainingEnded, ProfileUpdated, JourneyClosed,
        RecordRetracted, ConsentGiven, ConsentWithdrawn, PersonalDataErased {

    String journeyId();

    String recordId();

    LocalDate date();

    String recordedBy();

    RecordType type();

    JourneyEvent withRecordedBy(String recordedBy);

    /** Whether the record holds an identity number or a name (sealed). */
    default boolean carriesPersonalData() {
        return false;
    }

    /**
     * The identity number and name the record carries, in that order, each sealed or null; an empty list for
     * records that never carry them. Compared one by one when a resent record's sealed texts differ.
     */
    default List<Sealed> sealedValues() {
        return List.of();
    }

    /** Both in the order of {@link #sealedValues()}, nulls kept. */
    static List<Sealed> sealed(Sealed identityNumber, Sealed name) {
        return Arrays.asList(identityNumber, name);
    }

    /**
     * The same record with its identity number and name sealed as given (either may be null); records that never
     * carry them are returned as they are.
     */
    default JourneyEvent withPersonalData(Sealed identityNumber, Sealed name) {
        return this;
    }

    /** The same record without its identity number and name, for comparing once they can no longer be read. */
    default JourneyEvent withoutPersonalData() {
        return this;
    }

    /** Whether storing the record destroys the journey's key, erasing its personal data for good. */
    default boolean erasesPersonalData() {
        return false;
    }

    /** Whether both say the same thing, whoever recorded them (a resent record is a harmless duplicate). */
    default boolean sameRecordAs(JourneyEvent other) {
        return withRecordedBy(null).equals(other.withRecordedBy(null));
    }
}
