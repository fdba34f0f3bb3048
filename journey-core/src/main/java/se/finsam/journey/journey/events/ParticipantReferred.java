package se.finsam.journey.journey.events;

import java.math.BigDecimal;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.Person;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.Sealed;

@Revision("1")
public record ParticipantReferred(String journeyId, String recordId, LocalDate date, String recordedBy,
                                  String initiative, ReferringParty referringParty, String referringUnit,
                                  Person person, SupportSource supportBefore, BigDecimal yearsInPublicSupport)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.REFERRAL;
    }

    @Override
    public ParticipantReferred withRecordedBy(String recordedBy) {
        return new ParticipantReferred(journeyId, recordId, date, recordedBy, initiative, referringParty, referringUnit, person,
                supportBefore, yearsInPublicSupport);
    }

    @Override
    public boolean carriesPersonalData() {
        return person.personalIdentityNumber() != null || person.name() != null;
    }

    @Override
    public List<Sealed> sealedValues() {
        return JourneyEvent.sealed(person.personalIdentityNumber(), person.name());
    }

    @Override
    public ParticipantReferred withPersonalData(Sealed identityNumber, Sealed name) {
        return new ParticipantReferred(journeyId, recordId, date, recordedBy, initiative, referringParty, referringUnit,
                new Person(person.gender(), person.birthYear(), person.homeMunicipality(), identityNumber, name),
                supportBefore, yearsInPublicSupport);
    }

    @Override
    public ParticipantReferred withoutPersonalData() {
        return withPersonalData(null, null);
    }
}
