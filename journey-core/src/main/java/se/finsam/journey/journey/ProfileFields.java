package se.finsam.journey.journey;

/** The optional fields a profile update can clear, by their names on the wire. */
public final class ProfileFields {

    public static final String REFERRING_UNIT = "referringUnit";
    public static final String YEARS_IN_PUBLIC_SUPPORT = "yearsInPublicSupport";
    public static final String HOME_MUNICIPALITY = "person.homeMunicipality";
    public static final String PERSONAL_IDENTITY_NUMBER = "person.personalIdentityNumber";
    public static final String NAME = "person.name";

    private ProfileFields() {
    }
}
