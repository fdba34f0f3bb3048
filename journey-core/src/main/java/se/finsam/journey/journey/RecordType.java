package se.finsam.journey.journey;

import java.util.Arrays;
import java.util.Optional;

/** The record types of DOMAIN.md, by the names they have on the wire. */
public enum RecordType {
    REFERRAL("referral", "anvisning"),
    REFERRAL_WITHDRAWN("referral-withdrawn", "återtagen anvisning"),
    ENROLMENT("enrolment", "inskrivning"),
    ASSESSMENT("assessment", "skattning"),
    WORK_TRAINING_STARTED("work-training-started", "arbetsträning påbörjad"),
    WORK_TRAINING_ENDED("work-training-ended", "arbetsträning avslutad"),
    PROFILE_UPDATE("profile-update", "ändrade uppgifter"),
    CLOSURE("closure", "avslut"),
    RETRACTION("retraction", "rättelse"),
    CONSENT("consent", "samtycke"),
    CONSENT_WITHDRAWN("consent-withdrawn", "återkallat samtycke"),
    /** Written by the service when personal data is erased on request; not sent as a record. */
    PERSONAL_DATA_ERASED("personal-data-erased", "raderade personuppgifter");

    private final String wireName;
    private final String swedish;

    RecordType(String wireName, String swedish) {
        this.wireName = wireName;
        this.swedish = swedish;
    }

    public String wireName() {
        return wireName;
    }

    /** How the record is named in messages to staff: "closure (avslut)". */
    public String described() {
        return wireName + " (" + swedish + ")";
    }

    /** "an enrolment (inskrivning)", "a closure (avslut)". */
    public String withArticle() {
        return ("aeiou".indexOf(wireName.charAt(0)) >= 0 ? "an " : "a ") + described();
    }

    public static Optional<RecordType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
