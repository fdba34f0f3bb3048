package se.finsam.journey.generator;

import se.finsam.journey.journey.RecordType;

/**
 * The fields of each record type of API.md that the generator writes, in the order of an import line. A field left
 * {@code null} is optional and not written.
 */
public sealed interface RecordContent {

    RecordType type();

    record Referral(String initiative, String referringParty, String referringUnit, Person person,
                    String supportBefore, Double yearsInPublicSupport) implements RecordContent {
        public RecordType type() {
            return RecordType.REFERRAL;
        }
    }

    /** The person of a referral, or the part of it a profile-update changes. */
    record Person(String gender, Integer birthYear, String homeMunicipality, String personalIdentityNumber,
                  String name) {
        static Person movedTo(String homeMunicipality) {
            return new Person(null, null, homeMunicipality, null, null);
        }
    }

    record ReferralWithdrawn(String reason) implements RecordContent {
        public RecordType type() {
            return RecordType.REFERRAL_WITHDRAWN;
        }
    }

    record Enrolment() implements RecordContent {
        public RecordType type() {
            return RecordType.ENROLMENT;
        }
    }

    /** {@code score} is a whole number for WORK_ABILITY and a decimal for the other instruments, as in DOMAIN.md. */
    record Assessment(String instrument, Number score) implements RecordContent {
        public RecordType type() {
            return RecordType.ASSESSMENT;
        }
    }

    record WorkTrainingStarted(String trainingId, String sector, Integer hoursPerWeek) implements RecordContent {
        public RecordType type() {
            return RecordType.WORK_TRAINING_STARTED;
        }
    }

    record WorkTrainingEnded(String trainingId) implements RecordContent {
        public RecordType type() {
            return RecordType.WORK_TRAINING_ENDED;
        }
    }

    record ProfileUpdate(Person person, String supportBefore) implements RecordContent {
        public RecordType type() {
            return RecordType.PROFILE_UPDATE;
        }
    }

    record Closure(String cause, String supportAfter, Boolean subsidisedEmployment) implements RecordContent {
        public RecordType type() {
            return RecordType.CLOSURE;
        }
    }

    record Retraction(String retracts, String reason) implements RecordContent {
        public RecordType type() {
            return RecordType.RETRACTION;
        }
    }
}
