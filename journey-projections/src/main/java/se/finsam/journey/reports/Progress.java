package se.finsam.journey.reports;

/** How a participant's score on one instrument moved from the first to the latest assessment. */
public enum Progress {
    IMPROVED("improved"), UNCHANGED("unchanged"), WORSENED("worsened");

    private final String key;

    Progress(String key) {
        this.key = key;
    }

    /** The figure's name in the report. */
    public String key() {
        return key;
    }
}
