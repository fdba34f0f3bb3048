package se.finsam.journey.codes;

/** Where a participant's support comes from, before and after the journey. */
public enum SupportSource implements Coded {
    SICKNESS_BENEFIT("Sjukpenning/rehabiliteringspenning"),
    ACTIVITY_COMPENSATION("Aktivitetsersättning"),
    SICKNESS_COMPENSATION("Sjukersättning"),
    ACTIVITY_SUPPORT("Aktivitetsstöd"),
    SOCIAL_ASSISTANCE("Försörjningsstöd/ekonomiskt bistånd"),
    STUDENT_FINANCE("Studiemedel"),
    OTHER_PUBLIC("Annan offentlig försörjning"),
    NO_PUBLIC_SUPPORT("Ingen offentlig försörjning"),
    UNKNOWN("Uppgift saknas");

    private final String label;

    SupportSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
