package se.finsam.journey.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.finsam.journey.generator.RecordContent.Closure;
import se.finsam.journey.generator.RecordContent.Enrolment;
import se.finsam.journey.generator.RecordContent.Person;
import se.finsam.journey.generator.RecordContent.ProfileUpdate;
import se.finsam.journey.generator.RecordContent.Referral;
import se.finsam.journey.generator.RecordContent.ReferralWithdrawn;

class GeneratedRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void aLineStartsWithTypeJourneyRecordAndDateAndThenTheFieldsOfItsType() {
        Referral referral = new Referral("sala-1", "MUNICIPALITY", "KAA",
                new Person("WOMAN", 1985, "Sala", "198501019802", "Testperson j-1"), "SICKNESS_BENEFIT", 2.5);
        assertThat(new GeneratedRecord("j-1", "r1", TODAY, referral).toJson()).isEqualTo("{\"type\":\"referral\","
                + "\"journeyId\":\"j-1\",\"recordId\":\"r1\",\"date\":\"2026-11-20\",\"initiative\":\"sala-1\","
                + "\"referringParty\":\"MUNICIPALITY\",\"referringUnit\":\"KAA\",\"person\":{\"gender\":\"WOMAN\","
                + "\"birthYear\":1985,\"homeMunicipality\":\"Sala\",\"personalIdentityNumber\":\"198501019802\","
                + "\"name\":\"Testperson j-1\"},\"supportBefore\":\"SICKNESS_BENEFIT\",\"yearsInPublicSupport\":2.5}");
    }

    @Test
    void optionalFieldsThatAreAbsentAreLeftOut() {
        assertThat(new GeneratedRecord("j-1", "r9", TODAY, new Closure("STUDIES", "STUDENT_FINANCE", null)).toJson())
                .isEqualTo("{\"type\":\"closure\",\"journeyId\":\"j-1\",\"recordId\":\"r9\",\"date\":\"2026-11-20\","
                        + "\"cause\":\"STUDIES\",\"supportAfter\":\"STUDENT_FINANCE\"}");
        assertThat(new GeneratedRecord("j-1", "r4", TODAY, new ProfileUpdate(Person.movedTo("Heby"), null)).toJson())
                .isEqualTo("{\"type\":\"profile-update\",\"journeyId\":\"j-1\",\"recordId\":\"r4\","
                        + "\"date\":\"2026-11-20\",\"person\":{\"homeMunicipality\":\"Heby\"}}");
    }

    @Test
    void aRecordTypeWithoutFieldsWritesOnlyTheCommonOnes() {
        assertThat(new GeneratedRecord("j-1", "r2", TODAY, new Enrolment()).toJson()).isEqualTo(
                "{\"type\":\"enrolment\",\"journeyId\":\"j-1\",\"recordId\":\"r2\",\"date\":\"2026-11-20\"}");
    }

    @Test
    void textWithQuotesAndLineBreaksIsEscapedAndReadsBackTheSame() throws Exception {
        String reason = "sa \"nej\"\n\\ och gick";
        String line = new GeneratedRecord("j-1", "r2", TODAY, new ReferralWithdrawn(reason)).toJson();
        assertThat(line).doesNotContain("\n");
        assertThat(new ObjectMapper().readTree(line).get("reason").asText()).isEqualTo(reason);
    }

    @Test
    void anotherJourneyOrRecordIdKeepsEverythingElse() {
        GeneratedRecord record = new GeneratedRecord("j-1", "r2", TODAY, new Enrolment());
        assertThat(record.withJourneyId("warm-j-1")).isEqualTo(new GeneratedRecord("warm-j-1", "r2", TODAY, new Enrolment()));
        assertThat(record.withRecordId("r3")).isEqualTo(new GeneratedRecord("j-1", "r3", TODAY, new Enrolment()));
    }
}
