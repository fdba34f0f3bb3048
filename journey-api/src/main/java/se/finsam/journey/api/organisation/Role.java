package se.finsam.journey.api.organisation;

/** The roles of API.md. */
public enum Role {
    /** Everything. */
    ADMIN,
    /** Records and reads journeys of its initiatives, and their reports. */
    STAFF,
    /** Reports and lineage of its initiatives; no personal data; cannot record. */
    ANALYST,
    /** Like ANALYST, plus the audit trail; cannot record. */
    AUDITOR,
    /**
     * The association's office (kansli): records the money and staff of its initiatives (and of the association,
     * when it covers every initiative of it) and their activities, and reads their reports; no journeys.
     */
    OFFICE
}
