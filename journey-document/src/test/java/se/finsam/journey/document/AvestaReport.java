package se.finsam.journey.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A realistic document: the figures and some of the text of the seed report of Samverkansteam Avesta, 2024-07-01 –
 * 2025-06-30 ({@code shared/seeds/002_…}), typed in as journey would hand them to the renderer. Names of persons
 * in the seed are left out. The manifest ids and the event position are made up (a later session makes this
 * document from recorded data).
 */
public final class AvestaReport {

    static final String SUBJECT = "Samverkansteam Avesta";

    private AvestaReport() {
    }

    public static ReportDocument document() {
        TitlePage title = new TitlePage("Helårsrapport", SUBJECT, "Södra Dalarnas samordningsförbund",
                new Period(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)), LocalDate.of(2025, 9, 5),
                new Provenance(18_204, Instant.parse("2025-09-05T06:00:00Z")));
        return ReportDocument.of(title, List.of(summary(), conditions(), results(), staff(), economy(),
                activities()));
    }

    /** The manifest id a table of this name would have: "m-" and 32 hexadecimal digits, as journey makes them. */
    static String manifest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static Section summary() {
        return Section.of("Sammanfattning",
                new Prose("""
                        Samverkansteamets verksamhet riktar sig till individer med behov av samordnad \
                        arbetslivsinriktad rehabilitering i åldrarna 16–64 år. Unga (med aktivitetsersättning) är en \
                        prioriterad grupp, och andelen unga har ökat under året som gått.

                        18 personer har avslutats (plus 1 tidig dropout) och 23 personer skrivits in. Resultaten \
                        ligger vid mätperiodens slut på 12 av 18 personer i mål.

                        Personalen består vid periodens slut av:
                        - tre coacher med 100 % tjänstgöringsgrad, varav en tjänst är tidsbegränsad
                        - representanter för socialförvaltningen och Region Dalarna på 5–10 % vardera
                        - en medarbetare från Försäkringskassan, ca 2 timmar i månaden"""));
    }

    private static Section conditions() {
        String referrers = manifest("avesta-referrers");
        return Section.of("1. Deltagare – insatsens förutsättningar",
                Section.of("Beskrivning", new Prose("""
                        Under perioden har 18 deltagare avslutats (+ 1 tidig dropout) och 23 personer skrivits in. \
                        Det totala antalet deltagare som varit inskrivna någon gång under perioden är 71.

                        Antalet aktiva deltagare har ökat något, från 48 personer 2024-06-30 till 52 personer \
                        2025-06-30. Vid periodens slut väntar en kö på 4 personer på att starta efter semestern.""")),
                new Table("Remitterande aktör, nyinskrivna under perioden och aktuella 2025-06-30",
                        Columns.grouped("Remitterande aktör",
                                Columns.Group.of("Nyinskrivna", "antal", "andel"),
                                Columns.Group.of("Aktuella 2025-06-30", "antal", "andel")),
                        List.of(referrer("Socialtjänst/kommun", 8, 17),
                                referrer("Arbetsförmedlingen", 1, 4),
                                referrer("Försäkringskassan", 3, 5),
                                referrer("Regionen", 11, 26),
                                Row.total("Totalt", Cell.count(23), Cell.percent(share(23, 23)), Cell.count(52),
                                        Cell.percent(share(52, 52)))),
                        referrers),
                new Table("Försörjningsgrund, nyinskrivna under perioden och aktuella 2025-06-30",
                        Columns.of("Försörjningsgrund", "Nyinskrivna", "Aktuella 2025-06-30"),
                        List.of(Row.of("Socialtjänst", Cell.count(11), Cell.count(23)),
                                Row.of("Försäkringskassan", Cell.count(9), Cell.count(26)),
                                Row.of("Ingen offentlig försörjning", Cell.count(3), Cell.count(3)),
                                Row.total("Totalt", Cell.count(23), Cell.count(52))),
                        manifest("avesta-support")),
                new Chart(ChartKind.BAR, "Nyinskrivna och aktuella deltagare efter remitterande aktör",
                        "Stapeldiagram. Nyinskrivna under perioden: socialtjänst/kommun 8, Arbetsförmedlingen 1, "
                                + "Försäkringskassan 3, regionen 11. Aktuella 2025-06-30: socialtjänst/kommun 17, "
                                + "Arbetsförmedlingen 4, Försäkringskassan 5, regionen 26.",
                        List.of("Socialtjänst/kommun", "Arbetsförmedlingen", "Försäkringskassan", "Regionen"),
                        List.of(Series.of("Aktuella 2025-06-30", 17, 4, 5, 26), Series.of("Nyinskrivna", 8, 1, 3, 11)),
                        "Antal deltagare", Unit.COUNT, referrers),
                new Chart(ChartKind.DONUT, "Aktuella deltagare 2025-06-30 efter remitterande aktör",
                        "Ringdiagram över 52 aktuella deltagare: regionen 26 (50 %), socialtjänst/kommun 17 (33 %), "
                                + "Försäkringskassan 5 (10 %), Arbetsförmedlingen 4 (8 %).",
                        List.of("Regionen", "Socialtjänst/kommun", "Försäkringskassan", "Arbetsförmedlingen"),
                        List.of(Series.of("Aktuella", 26, 17, 5, 4)), "", Unit.COUNT, referrers));
    }

    private static Row referrer(String label, int enrolled, int active) {
        return Row.of(label, Cell.count(enrolled), Cell.percent(share(enrolled, 23)), Cell.count(active),
                Cell.percent(share(active, 52)));
    }

    private static Section results() {
        String outcomes = manifest("avesta-outcomes");
        String throughput = manifest("avesta-throughput");
        return Section.of("3. Deltagare – resultat och effekter",
                new Prose("""
                        Under perioden har 23 nya deltagare skrivits in i verksamheten, varav 17 kvinnor och 6 män. \
                        Totalt arbetade teamet med 71 personer under perioden."""),
                new Table("Deltagarresultat 2024-07-01 – 2025-06-30",
                        Columns.of("", "Antal"),
                        List.of(Row.of("Inskrivna 2024-07-01", Cell.count(48)),
                                Row.of("Avslut totalt", Cell.count(19)),
                                Row.of("varav tidiga avhopp", Cell.count(1)),
                                Row.of("Till arbete", Cell.count(0)),
                                Row.of("Till studier", Cell.count(3)),
                                Row.of("Till annan arbetslivsinriktad rehabilitering", Cell.count(9)),
                                Row.of("Till sjukersättning", Cell.count(2)),
                                Row.of("Till annat", Cell.count(4)),
                                Row.total("Aktiva 2025-06-30", Cell.count(52))),
                        outcomes),
                new Table("Avslutade efter resultat (tidiga avhopp borträknade)",
                        Columns.grouped("Resultat", Columns.Group.of("2024-07-01 – 2025-06-30", "antal", "andel")),
                        List.of(outcome("Studier", 3), outcome("Annan arbetslivsinriktad rehabilitering", 9),
                                outcome("Sjukersättning", 2), outcome("Annat", 4),
                                Row.of("varav i mål (studier eller arbetslivsinriktad rehabilitering)",
                                        Cell.count(12), Cell.percent(share(12, 18))),
                                Row.total("Totalt", Cell.count(18), Cell.percent(share(18, 18)))),
                        outcomes, List.of("\"Annat\": 1 person återgick till sjukersättning, 1 tog ut förtida pension "
                                + "och 4 har behov av annat stöd.")),
                new Chart(ChartKind.PIE, "Avslutade efter resultat",
                        "Cirkeldiagram över 18 avslutade: annan arbetslivsinriktad rehabilitering 9 (50 %), annat 4 "
                                + "(22 %), studier 3 (17 %), sjukersättning 2 (11 %).",
                        List.of("Annan arbetslivsinriktad rehabilitering", "Annat", "Studier", "Sjukersättning"),
                        List.of(Series.of("Avslutade", 9, 4, 3, 2)), "", Unit.COUNT, outcomes),
                new Table("Medelvärden för avslutade",
                        Columns.of("", "Alla", "Kvinnor", "Män"),
                        List.of(Row.of("Tid i offentlig försörjning före insatsen", Cell.years(5.6), Cell.years(5.8),
                                        Cell.years(5.3)),
                                Row.of("Ålder vid avslut", Cell.years(38.7), Cell.years(33.7), Cell.years(43.8)),
                                Row.of("Genomströmningstid", Cell.months(23.3), Cell.months(25.7), Cell.months(21.0))),
                        outcomes),
                new Chart(ChartKind.STACKED_BAR, "Nyinskrivna och samtliga deltagare efter kön",
                        "Liggande staplar. Nyinskrivna: 17 kvinnor och 6 män. Samtliga under perioden: 44 kvinnor "
                                + "och 27 män.",
                        List.of("Nyinskrivna", "Samtliga under perioden"),
                        List.of(Series.of("Kvinnor", 17, 44), Series.of("Män", 6, 27)), "Antal deltagare",
                        Unit.COUNT, manifest("avesta-gender")),
                Section.of("Genomströmningstid",
                        new Table("Genomströmningstid, rullande tolv månader",
                                Columns.of("Period", "Medel"),
                                List.of(Row.of("2022-01 – 2022-12", Cell.months(10.5)),
                                        Row.of("2022-07 – 2023-06", Cell.months(17.3)),
                                        Row.of("2023-01 – 2023-12", Cell.months(18.4)),
                                        Row.of("2023-07 – 2024-06", Cell.months(20.3)),
                                        Row.of("2024-01 – 2024-12", Cell.months(23.5)),
                                        Row.of("2024-07 – 2025-06", Cell.months(23.3))),
                                throughput),
                        new Chart(ChartKind.LINE, "Genomströmningstid, rullande tolv månader",
                                "Linjediagram: genomströmningstiden har ökat från 10,5 månader 2022 till 23,5 "
                                        + "månader 2024 och var 23,3 månader för perioden juli 2024 – juni 2025.",
                                List.of("2022", "jul 22–jun 23", "2023", "jul 23–jun 24", "2024", "jul 24–jun 25"),
                                List.of(Series.of("Genomströmningstid", 10.5, 17.3, 18.4, 20.3, 23.5, 23.3)),
                                "Månader", Unit.MONTHS, throughput)));
    }

    private static Row outcome(String label, int count) {
        return Row.of(label, Cell.count(count), Cell.percent(share(count, 18)));
    }

    private static Section staff() {
        return Section.of("4. Personalen – insatsens förutsättningar",
                new Table("Personal vid periodens slut",
                        Columns.of("Roll (arbetsgivare)", "Tjänstgöringsgrad"),
                        List.of(fte("Verksamhetssamordnare och coach (Avesta kommun)", "1.00"),
                                fte("Coach (Avesta kommun)", "1.00"),
                                fte("Coach, tidsbegränsad t.o.m. 2025-12-31 (Avesta kommun)", "1.00"),
                                fte("Socialtjänsten (Avesta kommun)", "0.10"),
                                fte("Region Dalarna", "0.05"),
                                fte("Försäkringskassan, ca 2 timmar i månaden", "0.02"),
                                Row.of("Arbetsförmedlingen", Cell.empty()),
                                Row.total("Totalt", Cell.decimal(new BigDecimal("3.17"), 2))),
                        manifest("avesta-staff"),
                        List.of("Arbetsförmedlingen avsätter sedan 2022-09-01 ingen personal till verksamheten.")));
    }

    private static Row fte(String role, String fte) {
        return Row.of(role, Cell.decimal(new BigDecimal(fte), 2));
    }

    private static Section economy() {
        String budget = manifest("avesta-budget");
        return Section.of("9. Organisation – resultat och effekter",
                new Prose("""
                        Efter halva budgetåret har ca 61 % av tilldelningen från samordningsförbundet förbrukats. \
                        Större delen av utgifterna har gått till lönekostnader."""),
                new Table("Budgetutfall per 2025-06-30 och helårsprognos 2025",
                        Columns.of("Kronor", "Budget", "Utfall period", "Differens", "Prognos"),
                        List.of(money("Personal", 1_640_000, 1_093_533, 546_467, -550_000),
                                money("Lokaler", 40_000, 0, 40_000, 40_000),
                                money("Övriga kostnader", 160_000, 33_664, 126_336, 91_000),
                                new Row("Summa", List.of(Cell.kronor(1_840_000).withoutUnit(),
                                        Cell.kronor(1_127_197).withoutUnit(), Cell.kronor(712_803).withoutUnit(),
                                        Cell.kronor(-419_000).withoutUnit()), true)),
                        budget),
                new Table("Tilldelning och förbrukning 2025",
                        Columns.of("", "Belopp"),
                        List.of(Row.of("Tilldelning 2025", Cell.thousandKronor(1_840_000)),
                                Row.of("Utfall t.o.m. 2025-06-30", Cell.thousandKronor(1_127_197)),
                                Row.of("Prognos för helåret, underskott", Cell.kronor(-419_000)),
                                Row.total("Förbrukat av tilldelningen", Cell.percent(share(1_127_197, 1_840_000)))),
                        budget),
                new Chart(ChartKind.HORIZONTAL_BAR, "Budget och utfall per kostnadsslag",
                        "Liggande staplar. Personal: budget 1 640 tkr, utfall 1 094 tkr. Lokaler: budget 40 tkr, "
                                + "utfall 0. Övriga kostnader: budget 160 tkr, utfall 34 tkr.",
                        List.of("Personal", "Lokaler", "Övriga kostnader"),
                        List.of(Series.of("Utfall t.o.m. 2025-06-30", 1_093_533, 0, 33_664),
                                Series.of("Budget 2025", 1_640_000, 40_000, 160_000)),
                        "Tusental kronor", Unit.THOUSAND_KRONOR, budget));
    }

    private static Row money(String label, long budget, long outcome, long difference, long forecast) {
        return Row.of(label, Cell.kronor(budget).withoutUnit(), Cell.kronor(outcome).withoutUnit(),
                Cell.kronor(difference).withoutUnit(), Cell.kronor(forecast).withoutUnit());
    }

    private static Section activities() {
        return Section.of("Aktiviteter",
                Section.of("Gruppaktiviteter våren 2025", new Prose("""
                        Varje vecka:
                        - Personalledda: öppen lokal, kreativa verksamheter
                        - Lösningsfokusgrupp, uppstart (7 veckor)
                        - Lösningsfokusgrupp, fortsättning (7 veckor)
                        - Deltagarledda:
                          - matlagning och sömnad (ingår i kreativ verksamhet)
                          - träning, hälsa och friskvård

                        Enstaka tillfällen eller vid behov:
                        1. Föreläsningar
                        2. Studiebesök och utflykter
                        3. Myndighets- och samhällsinformation""")));
    }
}
