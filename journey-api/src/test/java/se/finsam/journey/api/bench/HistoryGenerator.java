package se.finsam.journey.api.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic journey histories as NDJSON lines, drawn roughly from the seeds' published tables: most
 * referrals come from Försäkringskassan and the municipality, about 60 % women, ages 19–64, one in ten
 * referrals withdrawn, closures spread over the causes of the standard table (work ~15 %, studies ~10 %,
 * continued rehabilitation ~30 %), step assessments and work training for about half, and a few
 * corrections (a closure retracted and recorded again) and voided journeys.
 */
public final class HistoryGenerator {

    private static final String[] PARTIES = {"SOCIAL_INSURANCE_AGENCY", "SOCIAL_INSURANCE_AGENCY", "SOCIAL_INSURANCE_AGENCY",
            "MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "EMPLOYMENT_SERVICE", "REGION", "SELF"};
    private static final String[] SUPPORT = {"SICKNESS_BENEFIT", "SOCIAL_ASSISTANCE", "ACTIVITY_COMPENSATION",
            "ACTIVITY_SUPPORT", "SICKNESS_COMPENSATION", "NO_PUBLIC_SUPPORT", "UNKNOWN"};
    private static final String[] CAUSES = {"WORK", "WORK", "WORK", "STUDIES", "STUDIES", "ACTIVE_JOB_SEEKING",
            "CONTINUED_REHABILITATION", "CONTINUED_REHABILITATION", "CONTINUED_REHABILITATION",
            "CONTINUED_REHABILITATION", "CONTINUED_REHABILITATION", "CONTINUED_REHABILITATION",
            "MEDICAL_REHABILITATION", "MEDICAL_REHABILITATION", "SICKNESS_COMPENSATION", "PARENTAL_LEAVE", "MOVED",
            "OTHER", "DROPOUT", "DROPOUT"};
    private static final String[] SECTORS = {"MUNICIPAL", "OTHER_PUBLIC", "PRIVATE", "PRIVATE", "NON_PROFIT"};
    private static final String[] MUNICIPALITIES = {"1980", "1982", "1962", "1904", "1981", "1961", "1907", "2084"};

    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final List<String> initiatives;
    private final LocalDate first;
    private final LocalDate last;

    private final String prefix;

    public HistoryGenerator(long seed, String prefix, List<String> initiatives, LocalDate first, LocalDate last) {
        this.prefix = prefix;
        this.random = new Random(seed);
        this.initiatives = initiatives;
        this.first = first;
        this.last = last;
    }

    /** At least {@code records} lines, whole journeys only, in the order they happened per journey. */
    public List<String> lines(int records) {
        List<String> lines = new ArrayList<>(records + 20);
        for (int n = 1; lines.size() < records; n++) {
            journey(prefix + n, lines);
        }
        return lines;
    }

    private void journey(String id, List<String> lines) {
        int span = (int) (last.toEpochDay() - first.toEpochDay());
        LocalDate referral = first.plusDays(random.nextInt(span));
        ObjectNode r = record(id, "r1", "referral", referral);
        r.put("initiative", initiatives.get(random.nextInt(initiatives.size())));
        r.put("referringParty", pick(PARTIES));
        ObjectNode person = r.putObject("person");
        person.put("gender", random.nextInt(100) < 60 ? "WOMAN" : random.nextInt(100) < 98 ? "MAN" : "NON_BINARY");
        person.put("birthYear", referral.getYear() - 19 - random.nextInt(46));
        person.put("homeMunicipality", pick(MUNICIPALITIES));
        r.put("supportBefore", pick(SUPPORT));
        if (random.nextInt(4) > 0) {
            r.put("yearsInPublicSupport", random.nextInt(120) / 10.0);
        }
        int n = 1;
        lines.add(r.toString());
        if (random.nextInt(10) == 0) {
            lines.add(record(id, "r" + ++n, "referral-withdrawn", until(referral.plusDays(20))).put("reason", "tackade nej").toString());
            return;
        }
        LocalDate enrolment = referral.plusDays(5 + random.nextInt(50));
        if (enrolment.isAfter(last)) {
            return;
        }
        lines.add(record(id, "r" + ++n, "enrolment", enrolment).toString());
        LocalDate day = enrolment;
        int steps = random.nextInt(4);
        for (int k = 0; k < steps && day.plusDays(60).isBefore(last); k++) {
            day = day.plusDays(30 + random.nextInt(60));
            lines.add(record(id, "r" + ++n, "assessment", day).put("instrument", "SELF_RATED_STEP")
                    .put("score", random.nextInt(21) / 2.0).toString());
        }
        if (random.nextBoolean() && day.plusDays(40).isBefore(last)) {
            day = day.plusDays(10);
            lines.add(record(id, "r" + ++n, "work-training-started", day).put("trainingId", "t1")
                    .put("sector", pick(SECTORS)).put("hoursPerWeek", 4 + random.nextInt(20)).toString());
            day = day.plusDays(30 + random.nextInt(90));
            if (day.isBefore(last)) {
                lines.add(record(id, "r" + ++n, "work-training-ended", day).put("trainingId", "t1").toString());
            } else {
                return;
            }
        }
        LocalDate closure = day.plusDays(30 + random.nextInt(500));
        if (closure.isAfter(last)) {
            return;
        }
        String cause = pick(CAUSES);
        if (random.nextInt(40) == 0) {
            lines.add(record(id, "r" + ++n, "closure", closure).put("cause", "OTHER").put("supportAfter", "UNKNOWN").toString());
            lines.add(record(id, "r" + ++n, "retraction", closure).put("retracts", "r" + (n - 1))
                    .put("reason", "fel avslutsorsak").toString());
        }
        ObjectNode c = record(id, "r" + ++n, "closure", closure).put("cause", cause).put("supportAfter", pick(SUPPORT));
        if (cause.equals("WORK")) {
            c.put("subsidisedEmployment", random.nextBoolean());
        }
        lines.add(c.toString());
        if (random.nextInt(100) == 0) {
            lines.add(record(id, "r" + ++n, "retraction", closure).put("retracts", "r1")
                    .put("reason", "felregistrering").toString());
        }
    }

    private LocalDate until(LocalDate day) {
        return day.isAfter(last) ? last : day;
    }

    private ObjectNode record(String journeyId, String recordId, String type, LocalDate date) {
        ObjectNode node = json.createObjectNode();
        node.put("type", type);
        node.put("journeyId", journeyId);
        node.put("recordId", recordId);
        node.put("date", date.toString());
        return node;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
