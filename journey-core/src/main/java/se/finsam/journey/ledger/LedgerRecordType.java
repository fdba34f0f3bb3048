package se.finsam.journey.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The record types of a ledger, by the name clients send as {@code type}, and the area each belongs to. */
public enum LedgerRecordType {
    ALLOCATION("allocation", Area.MONEY, "allocation (tilldelning)"),
    BUDGET("budget", Area.MONEY, "budget line"),
    COST("cost", Area.MONEY, "cost (utfall)"),
    FORECAST("forecast", Area.MONEY, "forecast (prognos)"),
    POSITION("position", Area.STAFF, "staff position"),
    GOAL("goal", Area.GOALS, "goal (mål)"),
    GOAL_ASSESSMENT("goal-assessment", Area.GOALS, "assessment of a goal"),
    ACTIVITY("activity", Area.ACTIVITIES, "activity"),
    RETRACTION("retraction", null, "retraction (rättelse)");

    /** What a record is about, which decides who may record it. */
    public enum Area { MONEY, STAFF, GOALS, ACTIVITIES }

    private final String wireName;
    private final Area area;
    private final String described;

    LedgerRecordType(String wireName, Area area, String described) {
        this.wireName = wireName;
        this.area = area;
        this.described = described;
    }

    public String wireName() {
        return wireName;
    }

    /** The area; a retraction's is that of the record it retracts. */
    public Area area() {
        return area;
    }

    public String described() {
        return described;
    }

    public static Optional<LedgerRecordType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
