package se.finsam.journey.ledger.money;

/** Who finances or employs: the association itself, one of its members, or another party named in words. */
public enum PartyKind {
    /** The coordination association (samordningsförbundet): its own funds. */
    ASSOCIATION,
    /** Försäkringskassan. */
    SOCIAL_INSURANCE_AGENCY,
    /** Arbetsförmedlingen. */
    EMPLOYMENT_SERVICE,
    /** The region (health care). */
    REGION,
    /** A municipality, by its four-digit code (kommunkod). */
    MUNICIPALITY,
    /** Anyone else, by name (e.g. a project fund). */
    OTHER
}
