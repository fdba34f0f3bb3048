package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney;

/** Builds a journey's folded state for figure tests, as CurrentJourney would hold it (open placements end at closure). */
final class TestJourney {

    static final ReportPeriod YEAR_2025 = period("2025-01-01", "2025-12-31");
    static final ReportPeriod YEAR_2024 = period("2024-01-01", "2024-12-31");

    private final String id;
    private String initiative = "fns";
    private LocalDate referral = LocalDate.parse("2024-01-10");
    private ReferringParty party = ReferringParty.SOCIAL_INSURANCE_AGENCY;
    private String unit;
    private Gender gender = Gender.WOMAN;
    private int birthYear = 1985;
    private String municipality = "1980";
    private SupportSource supportBefore = SupportSource.SICKNESS_BENEFIT;
    private BigDecimal years;
    private LocalDate enrolment;
    private LocalDate withdrawal;
    private CurrentJourney.Closure closure;
    private final List<CurrentJourney.Training> trainings = new ArrayList<>();
    private final List<CurrentJourney.Assessment> assessments = new ArrayList<>();

    private TestJourney(String id) {
        this.id = id;
    }

    static TestJourney journey(String id) {
        return new TestJourney(id);
    }

    static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    static ReportFigures figures(ReportPeriod period, TestJourney... journeys) {
        return ParticipantReportDefinitions.compute(build(List.of(journeys)), period);
    }

    static List<CurrentJourney> build(Collection<TestJourney> journeys) {
        return journeys.stream().map(TestJourney::build).toList();
    }

    /** A journey enrolled on {@code enrolled} (and referred that day), open. */
    static TestJourney enrolled(String id, String enrolled) {
        return journey(id).referred(enrolled).enrolled(enrolled);
    }

    /** A journey enrolled on {@code enrolled} and closed on {@code closed} with {@code cause}. */
    static TestJourney closed(String id, String enrolled, String closed, ClosureCause cause) {
        return enrolled(id, enrolled).closed(closed, cause);
    }

    TestJourney initiative(String code) {
        this.initiative = code;
        return this;
    }

    TestJourney referred(String date) {
        this.referral = LocalDate.parse(date);
        return this;
    }

    TestJourney voided() {
        this.referral = null;
        return this;
    }

    TestJourney by(ReferringParty party, String unit) {
        this.party = party;
        this.unit = unit;
        return this;
    }

    TestJourney person(Gender gender, int birthYear) {
        this.gender = gender;
        this.birthYear = birthYear;
        return this;
    }

    TestJourney livingIn(String municipality) {
        this.municipality = municipality;
        return this;
    }

    TestJourney supportBefore(SupportSource source, String years) {
        this.supportBefore = source;
        this.years = years == null ? null : new BigDecimal(years);
        return this;
    }

    TestJourney enrolled(String date) {
        this.enrolment = LocalDate.parse(date);
        return this;
    }

    TestJourney withdrawn(String date) {
        this.withdrawal = LocalDate.parse(date);
        return this;
    }

    TestJourney closed(String date, ClosureCause cause) {
        return closed(date, cause, SupportSource.NO_PUBLIC_SUPPORT, null);
    }

    TestJourney closed(String date, ClosureCause cause, SupportSource after, Boolean subsidised) {
        this.closure = new CurrentJourney.Closure(LocalDate.parse(date), cause, after, subsidised);
        return this;
    }

    TestJourney training(String start, String end, WorkplaceSector sector) {
        trainings.add(new CurrentJourney.Training("t" + (trainings.size() + 1), LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), sector));
        return this;
    }

    TestJourney assessed(String date, Instrument instrument, String score) {
        assessments.add(new CurrentJourney.Assessment(LocalDate.parse(date), instrument, new BigDecimal(score)));
        return this;
    }

    CurrentJourney build() {
        if (referral == null) {
            return new CurrentJourney(id, initiative, null, null, null, null, 0, null, null, null, null, null, null,
                    List.of(), List.of());
        }
        List<CurrentJourney.Training> ended = trainings.stream()
                .map(t -> t.end() != null || closure == null ? t
                        : new CurrentJourney.Training(t.trainingId(), t.start(), closure.date(), t.sector()))
                .toList();
        return new CurrentJourney(id, initiative, referral, party, unit, gender, birthYear, municipality,
                supportBefore, years, enrolment, withdrawal, closure, ended, List.copyOf(assessments));
    }
}
