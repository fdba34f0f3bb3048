package se.finsam.journey.codes;

public enum ReferringParty implements Coded {
    SOCIAL_INSURANCE_AGENCY("Försäkringskassan"),
    EMPLOYMENT_SERVICE("Arbetsförmedlingen"),
    REGION("Regionen"),
    MUNICIPALITY("Kommunen"),
    SELF("Egen ansökan"),
    OTHER("Annan");

    private final String label;

    ReferringParty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
