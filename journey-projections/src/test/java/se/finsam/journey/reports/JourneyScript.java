package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.Decision;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyRules;
import se.finsam.journey.journey.JourneyTestData;
import se.finsam.journey.journey.Person;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * Writes one random journey the way staff would: records are proposed one at a time, some of them wrong, and
 * only those {@link JourneyRules#decide} accepts are kept, so the history is valid by the service's own rules.
 * Proposals lean towards corrections: a closure retracted and recorded again, a withdrawal retracted and the
 * participant enrolled, profile updates and assessments retracted, and now and then the referral retracted.
 */
final class JourneyScript {

    static final LocalDate TODAY = JourneyTestData.TODAY;
    private static final String STAFF = JourneyTestData.STAFF;
    private static final String[] UNITS = {null, null, "", "IFO Försörjningsstöd", "Psykiatri Väst", "KAA",
        "Af Sala"};
    private static final String[] MUNICIPALITIES = {null, "1980", "1982", "1962", "1904", "1981", "2084"};
    private static final String[] YEARS = {null, null, "0", "0.9", "1", "3.9", "4.0", "6.5", "9.9", "10", "17.3"};
    private static final Boolean[] SUBSIDISED = {null, true, false};

    private final Random r;
    private final String journeyId;
    private final LocalDate last;
    private final JourneyHistory history = new JourneyHistory();
    private final List<JourneyEvent> kept = new ArrayList<>();
    private final Set<String> retracted = new HashSet<>();
    private final Map<Instrument, Integer> levels = new EnumMap<>(Instrument.class);
    private LocalDate referralDate;
    private LocalDate latest;
    private LocalDate enrolment;
    private String enrolmentId;
    private boolean voided;
    private int proposals;

    private JourneyScript(Random r, String journeyId, LocalDate last) {
        this.r = r;
        this.journeyId = journeyId;
        this.last = last;
    }

    /**
     * The records of one journey referred in [first, last] and dated no later than {@code last}; when
     * {@code ended}, it is closed or withdrawn by {@code last} unless it was voided.
     */
    static List<JourneyEvent> journey(long seed, String journeyId, String initiative, LocalDate first,
                                      LocalDate last, boolean ended) {
        // Random's first numbers for nearby seeds are alike, and jqwik favours small seeds: scramble them first.
        Random random = new Random(new SplittableRandom(seed).nextLong());
        return new JourneyScript(random, journeyId, last).write(initiative, first, ended);
    }

    private List<JourneyEvent> write(String initiative, LocalDate first, boolean ended) {
        LocalDate day = between(first, last);
        Person person = new Person(pick(Gender.values()), day.getYear() - 16 - r.nextInt(52), pick(MUNICIPALITIES),
                null, null);
        String years = pick(YEARS);
        offer(new ParticipantReferred(journeyId, nextId(), day, STAFF, initiative, pick(ReferringParty.values()),
                pick(UNITS), person, pick(SupportSource.values()), years == null ? null : new BigDecimal(years)));
        for (int step = 3 + r.nextInt(20); step > 0 && !voided; step--) {
            act();
        }
        if (ended) {
            offer(closure(last, false));
            offer(new ReferralWithdrawn(journeyId, nextId(), last, STAFF, "startade aldrig"));
        }
        return kept;
    }

    /** One record proposed (two for some corrections), mostly what the journey's stage calls for. */
    private void act() {
        int roll = r.nextInt(20);
        if (roll < 4) {
            correct();
        } else if (roll == 4) {
            offer(profileUpdate());
        } else if (enrolment == null) {
            offer(roll < 17 ? new ParticipantEnrolled(journeyId, nextId(), later(), STAFF)
                    : new ReferralWithdrawn(journeyId, nextId(), later(), STAFF, "startade aldrig"));
        } else if (!live(JourneyClosed.class).isEmpty()) {
            offer(profileUpdate());
        } else if (roll < 12) {
            offer(assessment());
        } else if (roll < 15) {
            offer(new WorkTrainingStarted(journeyId, nextId(), later(), STAFF, "t" + r.nextInt(4),
                    pick(WorkplaceSector.values()), r.nextInt(5) == 0 ? null : BigDecimal.valueOf(5 + r.nextInt(36))));
        } else if (roll < 17) {
            offer(new WorkTrainingEnded(journeyId, nextId(), later(), STAFF, "t" + r.nextInt(4)));
        } else {
            offer(closure(later(), true));
        }
    }

    private void correct() {
        switch (r.nextInt(12)) {
            case 0, 1, 2 -> {
                if (retractOne(JourneyClosed.class) && r.nextInt(4) > 0) {
                    offer(closure(later(), true));
                }
            }
            case 3, 4 -> retractOne(ProfileUpdated.class);
            case 5, 6 -> retractOne(AssessmentRecorded.class);
            case 7 -> {
                if (retractOne(ReferralWithdrawn.class)) {
                    offer(new ParticipantEnrolled(journeyId, nextId(), later(), STAFF));
                }
            }
            case 8, 9 -> retractOne(pick(new Class<?>[] {ParticipantEnrolled.class, WorkTrainingStarted.class,
                    WorkTrainingEnded.class}));
            default -> {
                if (r.nextInt(3) == 0) {
                    retractOne(ParticipantReferred.class);
                }
            }
        }
    }

    /** A score near the journey's last one on the instrument, so that scores rise, fall and stay alike. */
    private AssessmentRecorded assessment() {
        Instrument instrument = pick(Instrument.values());
        int top = instrument == Instrument.BIP ? 16 : 20;
        int step = Math.max(0, Math.min(top, levels.getOrDefault(instrument, r.nextInt(top + 1)) + r.nextInt(5) - 2));
        levels.put(instrument, step);
        BigDecimal score = switch (instrument) {
            case SELF_RATED_STEP -> BigDecimal.valueOf(step * 5L, 1);
            case BIP -> BigDecimal.valueOf(100 + 25L * step, 2);
            case WORK_ABILITY -> BigDecimal.valueOf(step * 5L);
        };
        if (r.nextInt(30) == 0) {
            score = score.add(BigDecimal.valueOf(101)); // off every scale: the rules must refuse it
        }
        // Now and then an assessment recorded late, dated before the latest one (or on the same day).
        LocalDate day = r.nextInt(4) == 0 ? between(enrolment, latest) : later();
        return new AssessmentRecorded(journeyId, nextId(), day, STAFF, instrument, score);
    }

    private ProfileUpdated profileUpdate() {
        return RandomProfileUpdates.update(r, journeyId, nextId(), sideDate(), referralDate.getYear());
    }

    /** A closure with any cause; {@code sometimesWrong}: now and then subsidised without WORK, which is refused. */
    private JourneyClosed closure(LocalDate day, boolean sometimesWrong) {
        ClosureCause cause = pick(ClosureCause.values());
        Boolean subsidised = cause == ClosureCause.WORK ? pick(SUBSIDISED)
                : sometimesWrong && r.nextInt(25) == 0 ? Boolean.TRUE : null;
        return new JourneyClosed(journeyId, nextId(), day, STAFF, cause, pick(SupportSource.values()), subsidised);
    }

    private List<JourneyEvent> live(Class<?> type) {
        return kept.stream().filter(e -> type.isInstance(e) && !retracted.contains(e.recordId())).toList();
    }

    /** Retracts a random live record of the type; whether the rules let it is theirs to say. */
    private boolean retractOne(Class<?> type) {
        List<JourneyEvent> targets = live(type);
        return !targets.isEmpty() && offer(new RecordRetracted(journeyId, nextId(), sideDate(), STAFF,
                targets.get(r.nextInt(targets.size())).recordId(), "felregistrering"));
    }

    private boolean offer(JourneyEvent proposed) {
        Decision decision;
        try {
            decision = JourneyRules.decide(history, proposed, TODAY);
        } catch (RuleViolation refused) {
            return false;
        }
        if (decision.duplicate()) {
            return false;
        }
        JourneyEvent record = decision.record();
        history.add(record);
        kept.add(record);
        if (record instanceof RecordRetracted retraction) {
            retracted.add(retraction.retracts());
            voided |= retraction.retracts().equals(kept.get(0).recordId());
            enrolment = retraction.retracts().equals(enrolmentId) ? null : enrolment;
        } else if (!(record instanceof ProfileUpdated)) {
            latest = latest == null || record.date().isAfter(latest) ? record.date() : latest;
            referralDate = referralDate == null ? record.date() : referralDate;
            if (record instanceof ParticipantEnrolled) {
                enrolment = record.date();
                enrolmentId = record.recordId();
            }
        }
        return true;
    }

    /** A day on or after the latest record, often the same day or a month's first or last, never after last. */
    private LocalDate later() {
        LocalDate day = latest.plusDays(r.nextInt(3) == 0 ? r.nextInt(10) : r.nextInt(200));
        day = switch (r.nextInt(4)) {
            case 0 -> day.withDayOfMonth(1);
            case 1 -> day.withDayOfMonth(day.lengthOfMonth());
            default -> day;
        };
        day = day.isBefore(latest) ? latest : day;
        return day.isAfter(last) ? last : day;
    }

    /** The date of a profile update or retraction: it decides nothing, but must not be in the future. */
    private LocalDate sideDate() {
        return between(latest, last);
    }

    private LocalDate between(LocalDate first, LocalDate end) {
        long days = ChronoUnit.DAYS.between(first, end);
        return days <= 0 ? first : first.plusDays(r.nextInt((int) days + 1));
    }

    private String nextId() {
        return "r" + ++proposals;
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }
}
