package se.finsam.journey.journey.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.PersonChanges;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.Sealed;

@Revision("1")
public record ProfileUpdated(String journeyId, String recordId, LocalDate date, String recordedBy,
                             ReferringParty referringParty, String referringUnit, PersonChanges person,
                             SupportSource supportBefore, BigDecimal yearsInPublicSupport,
                             Set<String> cleared)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.PROFILE_UPDATE;
    }

    @Override
    public ProfileUpdated withRecordedBy(String recordedBy) {
        return new ProfileUpdated(journeyId, recordId, date, recordedBy, referringParty, referringUnit, person,
                supportBefore, yearsInPublicSupport, cleared);
    }

    @Override
    public boolean carriesPersonalData() {
        return person != null && (person.personalIdentityNumber() != null || person.name() != null);
    }

    @Override
    public List<Sealed> sealedValues() {
        return person == null ? JourneyEvent.sealed(null, null)
                : JourneyEvent.sealed(person.personalIdentityNumber(), person.name());
    }

    @Override
    public ProfileUpdated withPersonalData(Sealed identityNumber, Sealed name) {
        if (person == null && identityNumber == null && name == null) {
            return this;
        }
        PersonChanges sealed = person == null ? new PersonChanges(null, null, null, identityNumber, name)
                : new PersonChanges(person.gender(), person.birthYear(), person.homeMunicipality(), identityNumber, name);
        return new ProfileUpdated(journeyId, recordId, date, recordedBy, referringParty, referringUnit, sealed,
                supportBefore, yearsInPublicSupport, cleared);
    }

    @Override
    public ProfileUpdated withoutPersonalData() {
        return withPersonalData(null, null);
    }
}
