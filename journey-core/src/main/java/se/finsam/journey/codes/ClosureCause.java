package se.finsam.journey.codes;

public enum ClosureCause implements Coded {
    WORK("Arbete"),
    STUDIES("Studier"),
    ACTIVE_JOB_SEEKING("Aktivt arbetssökande"),
    CONTINUED_REHABILITATION("Fortsatt aktiv rehabilitering mot arbete"),
    MEDICAL_REHABILITATION("Medicinsk rehabilitering"),
    SICKNESS_COMPENSATION("Sjukersättning"),
    PARENTAL_LEAVE("Föräldraledig"),
    MOVED("Flytt"),
    NOT_MEASURED("Utan mätning"),
    OTHER("Annat"),
    DROPOUT("Tidigt avhopp");

    private final String label;

    ClosureCause(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
