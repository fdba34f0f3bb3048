package se.finsam.journey.generator;

import java.util.List;
import java.util.Map;

/**
 * Every distribution the generator draws from, in one place, each with the seed table it comes from
 * ({@code ../shared/seeds/}: 000 = Samordningsteam i Västmanland, årsrapport 2025; 002 = Samverkansteam Avesta
 * 2024-07–2025-06; DOMAIN.md quotes the others). Where the seeds give no table the value is marked "assumed".
 */
public final class Distributions {

    private Distributions() {
    }

    /** 000, "Kön": 155 women, 106 men, 2 non-binary of 263 participants. */
    public static final Weighted<String> GENDER = Weighted.of("WOMAN", 155, "MAN", 106, "NON_BINARY", 2);

    /** 000, "Ålderskategori" (age at referral, in bands): 50, 124, 78, 11 of 263. Values are {low, high}. */
    public static final Weighted<int[]> AGE_BAND = Weighted.of(new int[]{16, 29}, 50, new int[]{30, 44}, 124,
            new int[]{45, 59}, 78, new int[]{60, 66}, 11);

    /**
     * 000, "Remitterande part" of FNS, Fagersta–Norberg–Skinnskatteberg and Sala, totals of the year: FK 56,
     * municipality 43, region 19, Af 11; own application and other are assumed at 2 and 1.
     */
    public static final Weighted<String> REFERRING_PARTY = Weighted.of("SOCIAL_INSURANCE_AGENCY", 56,
            "MUNICIPALITY", 43, "REGION", 19, "EMPLOYMENT_SERVICE", 11, "SELF", 2, "OTHER", 1);

    /** 000, the municipal units named under "Remitterande part" (IFO 3, KAA 3, Socialtjänsten barn och unga 1). */
    public static final Weighted<String> MUNICIPAL_UNIT = Weighted.of("IFO Försörjningsstöd", 3, "KAA", 3,
            "Socialtjänsten Barn och unga", 1);

    /** 000, "Försörjning före insatsen" of 263. */
    public static final Weighted<String> SUPPORT_BEFORE = Weighted.of("SICKNESS_BENEFIT", 119,
            "SOCIAL_ASSISTANCE", 91, "ACTIVITY_SUPPORT", 18, "ACTIVITY_COMPENSATION", 16, "NO_PUBLIC_SUPPORT", 15,
            "SICKNESS_COMPENSATION", 2, "UNKNOWN", 2);

    /** 000, "Tid i offentlig försörjning före insats": {low, high} in years, null = not applicable (16). */
    public static final Weighted<double[]> YEARS_IN_SUPPORT = Weighted.of(new double[]{0, 0.9}, 25,
            new double[]{1, 3.9}, 93, new double[]{4, 6.9}, 55, new double[]{7, 9.9}, 24, new double[]{10, 20}, 50,
            new double[0], 16);

    /** Referrals that never lead to enrolment (återtagen / startade aldrig): assumed 8 %. */
    public static final double WITHDRAWN = 0.08;

    /** Closures that are early drop-outs: 002, 1 of 19 closures (Avesta). */
    public static final double DROPOUT = 1.0 / 19;

    /**
     * 000, "Avslutsorsak" of the 108 closures (drop-outs aside): work 17, studies 9, continued rehabilitation 27,
     * sick/medical 48 (of which sickness compensation 4, as "Försörjning efter insats" shows), parental leave 1,
     * moved 2, active job seeking 2, not measured 2.
     */
    public static final Weighted<String> MEASURED_CAUSE = Weighted.of("WORK", 17, "STUDIES", 9,
            "CONTINUED_REHABILITATION", 27, "MEDICAL_REHABILITATION", 44, "SICKNESS_COMPENSATION", 4,
            "PARENTAL_LEAVE", 1, "MOVED", 2, "ACTIVE_JOB_SEEKING", 2, "NOT_MEASURED", 2);

    /** 000: of the 17 to work, 12 subsidised and 5 not. */
    public static final double WORK_SUBSIDISED = 12.0 / 17;

    /** 000, "Försörjning efter insats", for causes that do not decide it themselves (see {@link #SUPPORT_AFTER_BY_CAUSE}). */
    public static final Weighted<String> SUPPORT_AFTER = Weighted.of("SICKNESS_BENEFIT", 36, "SOCIAL_ASSISTANCE", 28,
            "ACTIVITY_COMPENSATION", 7, "ACTIVITY_SUPPORT", 4, "SICKNESS_COMPENSATION", 4, "OTHER_PUBLIC", 1);

    /** Causes whose support after follows from them (work: own salary; studies: CSN; job seeking: Af). */
    public static final Map<String, String> SUPPORT_AFTER_BY_CAUSE = Map.of("WORK", "NO_PUBLIC_SUPPORT",
            "STUDIES", "STUDENT_FINANCE", "ACTIVE_JOB_SEEKING", "ACTIVITY_SUPPORT",
            "SICKNESS_COMPENSATION", "SICKNESS_COMPENSATION");

    /** Days from referral to enrolment: assumed 7–60. */
    public static final int[] DAYS_TO_ENROLMENT = {7, 60};

    /**
     * Months from enrolment to a measured closure: 2 + an exponential of mean 20, at most 60, which gives the
     * throughput time of 002 (Avesta: 25.7 months for women, 21.0 for men). Drop-outs leave within 1–3 months.
     */
    public static final double MEAN_MONTHS_BEYOND_TWO = 20;

    /** DOMAIN.md, Surahammar 2025: 7 work-training placements among 22 participants. */
    public static final double WORK_TRAINING = 7.0 / 22;

    /** Workplace sector of a placement: assumed (the seeds name placements, not their sectors). */
    public static final Weighted<String> SECTOR = Weighted.of("MUNICIPAL", 40, "PRIVATE", 30, "NON_PROFIT", 15,
            "OTHER_PUBLIC", 15);

    /** Instrument a team uses for a journey's step assessments (000 names the self-rated step scale): assumed. */
    public static final Weighted<String> INSTRUMENT = Weighted.of("SELF_RATED_STEP", 50, "BIP", 15,
            "WORK_ABILITY", 15, "NONE", 20);

    /** Journeys with a profile-update (changed municipality, support or unit): assumed 10 %. */
    public static final double PROFILE_UPDATE = 0.10;

    /** Journeys with a corrected record (a wrong closure cause or score retracted and recorded again): assumed 3 %. */
    public static final double CORRECTION = 0.03;

    /** Journeys registered in error and voided by retracting the referral: assumed 1 %. */
    public static final double VOIDED = 0.01;

    /** Counties: an association's code and its municipalities (kommunkod), from the seeds' associations. */
    public static final List<Map.Entry<String, List<String>>> COUNTIES = List.of(
            Map.entry("vastmanland", List.of("1980", "1982", "1962", "1904", "1981", "1961", "1907", "1983", "1984", "1960")),
            Map.entry("sodra-dalarna", List.of("2084", "2083", "2082")),
            Map.entry("uppsala", List.of("0380", "0381", "0382", "0305", "0319", "0330", "0331", "0360")),
            Map.entry("sormland", List.of("0484", "0480", "0486", "0482", "0483", "0428", "0461", "0488")));
}
