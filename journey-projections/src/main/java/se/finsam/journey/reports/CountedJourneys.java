package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;

/**
 * The journeys of a scope as the definitions of 2026.1 see them in one period, row by row of the scope's
 * {@link JourneyColumns}: what each journey is in the period (its roles, decided once by
 * {@link ParticipantReportDefinitions#roles}) and the facts the figures read. The table language counts through
 * this view, so an analyst's table and the national report can differ in how they tabulate, never in what counts
 * as what.
 */
public final class CountedJourneys {

    private static final Gender[] GENDERS = Gender.values();
    private static final ReferringParty[] PARTIES = ReferringParty.values();
    private static final SupportSource[] SUPPORT = SupportSource.values();
    private static final ClosureCause[] CAUSES = ClosureCause.values();

    private final JourneyColumns columns;
    private final ParticipantReportDefinitions definitions;
    private final int[] roles;
    /** Per row, a bit per {@link WorkplaceSector} ordinal of the participant's placements active in the period. */
    private final int[] activeSectors;
    /** Per row, the index of its initiative in {@link #initiatives}, so that tables by initiative compare ints. */
    private final int[] initiative;
    private final List<String> initiatives = new ArrayList<>();

    private CountedJourneys(JourneyColumns columns, ReportPeriod period) {
        this.columns = columns;
        this.definitions = new ParticipantReportDefinitions(period);
        this.roles = definitions.roles(columns);
        this.activeSectors = new int[columns.size];
        this.initiative = new int[columns.size];
        Map<String, Integer> known = new HashMap<>();
        String previous = null;
        int previousKey = -1;
        for (int i = 0; i < columns.size; i++) {
            // A scope's columns come an initiative after another: the look-up is needed where the initiative changes.
            String code = columns.journeys[i].initiative();
            if (!code.equals(previous)) {
                previous = code;
                previousKey = known.computeIfAbsent(code, c -> {
                    initiatives.add(c);
                    return initiatives.size() - 1;
                });
            }
            initiative[i] = previousKey;
            if ((roles[i] & ParticipantReportDefinitions.PARTICIPANT) == 0) {
                continue;
            }
            for (int k = columns.trainingsFrom[i]; k < columns.trainingsFrom[i + 1]; k++) {
                if (definitions.isActivePlacement(columns.trainingStart[k], columns.trainingEnd[k])) {
                    activeSectors[i] |= 1 << columns.trainingSector[k];
                }
            }
        }
    }

    /** The journeys of {@code columns} (a scope's, void ones left out) as they count in {@code period}. */
    public static CountedJourneys of(JourneyColumns columns, ReportPeriod period) {
        return new CountedJourneys(columns, period);
    }

    public ReportPeriod period() {
        return definitions.period();
    }

    public JourneyColumns columns() {
        return columns;
    }

    public int size() {
        return columns.size;
    }

    // What a journey is in the period: the populations of 2026.1.

    public boolean isParticipant(int i) {
        return has(i, ParticipantReportDefinitions.PARTICIPANT);
    }

    public boolean isNew(int i) {
        return has(i, ParticipantReportDefinitions.PARTICIPANT | ParticipantReportDefinitions.NEW);
    }

    /** Closed in the period (drop-outs included); such a journey is always a participant. */
    public boolean isClosed(int i) {
        return has(i, ParticipantReportDefinitions.CLOSED);
    }

    public boolean isMeasuredClosure(int i) {
        return has(i, ParticipantReportDefinitions.MEASURED);
    }

    public boolean isReceived(int i) {
        return has(i, ParticipantReportDefinitions.RECEIVED);
    }

    public boolean isWithdrawn(int i) {
        return has(i, ParticipantReportDefinitions.WITHDRAWN);
    }

    public boolean isWaitingAtEnd(int i) {
        return has(i, ParticipantReportDefinitions.WAITING_AT_END);
    }

    /** A participant with a placement active in the period. */
    public boolean hasActivePlacement(int i) {
        return activeSectors[i] != 0;
    }

    /** The sectors of the participant's placements active in the period, a bit per {@link WorkplaceSector} ordinal. */
    public int activeSectors(int i) {
        return activeSectors[i];
    }

    private boolean has(int i, int role) {
        return (roles[i] & role) == role;
    }

    // What a journey is made of.

    public String journeyId(int i) {
        return columns.journeys[i].journeyId();
    }

    public String initiative(int i) {
        return initiatives.get(initiative[i]);
    }

    /** The initiative of row {@code i} as an index into {@link #initiatives()}. */
    public int initiativeKey(int i) {
        return initiative[i];
    }

    /** The initiatives of the rows, each once. */
    public List<String> initiatives() {
        return Collections.unmodifiableList(initiatives);
    }

    public Gender gender(int i) {
        return GENDERS[columns.gender[i]];
    }

    public ReferringParty referringParty(int i) {
        return PARTIES[columns.referringParty[i]];
    }

    /** The key {@code PARTY:unit}, or null when no unit is given. */
    public String referringUnit(int i) {
        int unit = columns.referringUnit[i];
        return unit < 0 ? null : columns.referringUnits.get(unit);
    }

    /** {@link #referringUnit} as an index into {@link #referringUnits()}, or -1 without a unit. */
    public int referringUnitKey(int i) {
        return columns.referringUnit[i];
    }

    public List<String> referringUnits() {
        return Collections.unmodifiableList(columns.referringUnits);
    }

    public SupportSource supportBefore(int i) {
        return SUPPORT[columns.supportBefore[i]];
    }

    /** The home municipality's code, or null when none is given. */
    public String homeMunicipality(int i) {
        int municipality = columns.homeMunicipality[i];
        return municipality < 0 ? null : columns.homeMunicipalities.get(municipality);
    }

    /** {@link #homeMunicipality} as an index into {@link #homeMunicipalities()}, or -1 without one. */
    public int homeMunicipalityKey(int i) {
        return columns.homeMunicipality[i];
    }

    public List<String> homeMunicipalities() {
        return Collections.unmodifiableList(columns.homeMunicipalities);
    }

    /** Years in public support before, or null when not applicable. */
    /**
     * Whole years in public support ({@link ParticipantReportDefinitions#completedYears}), worked out once when the
     * columns are made; null when not given.
     */
    public Integer completedYearsInPublicSupport(int i) {
        int years = columns.completedYearsInPublicSupport[i];
        return years == JourneyColumns.NONE ? null : years;
    }

    public BigDecimal yearsInPublicSupport(int i) {
        return columns.journeys[i].yearsInPublicSupport();
    }

    /** The closure's cause, or null without a closure. */
    public ClosureCause cause(int i) {
        byte cause = columns.cause[i];
        return cause < 0 ? null : CAUSES[cause];
    }

    public SupportSource supportAfter(int i) {
        byte after = columns.supportAfter[i];
        return after < 0 ? null : SUPPORT[after];
    }

    /** A {@code WORK} closure with {@code subsidisedEmployment} true. */
    public boolean isSubsidisedWork(int i) {
        return columns.subsidised[i];
    }

    public boolean isEnrolled(int i) {
        return columns.enrolment[i] != JourneyColumns.NONE;
    }

    public LocalDate referralDate(int i) {
        return columns.journeys[i].referralDate();
    }

    public LocalDate enrolmentDate(int i) {
        return columns.journeys[i].enrolmentDate();
    }

    // The national definitions of ages, months and days.

    /** Age at the reference date of 2026.1: the closure date of a journey closed in the period, else its end. */
    public int ageAtReference(int i) {
        return definitions.age(columns, roles, i);
    }

    /** Age on a day of {@code year}. */
    public int ageIn(int i, int year) {
        return ParticipantReportDefinitions.age(year, columns.birthYear[i]);
    }

    /** Days from enrolment to closure, of a closed journey; months are these ÷ {@link #DAYS_PER_MONTH}. */
    public long throughputDays(int i) {
        return ParticipantReportDefinitions.throughputDays(columns, i);
    }

    public static final Ratio DAYS_PER_MONTH = ParticipantReportDefinitions.DAYS_PER_MONTH;

    /** Days from referral to enrolment, of an enrolled journey. */
    public long daysToEnrolment(int i) {
        return ParticipantReportDefinitions.daysToEnrolment(columns, i);
    }
}
