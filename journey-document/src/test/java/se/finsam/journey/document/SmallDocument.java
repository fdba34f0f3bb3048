package se.finsam.journey.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small document that uses every part of the model: three heading levels, the team's text with lists, a table
 * with a two-level header, hidden cells and a total row, amounts in kronor and thousands, and a chart of each kind.
 * Its texts carry å, ä and ö, and the expected texts are spelled out in the tests that read it back.
 */
public final class SmallDocument {

    static final String OUTCOMES_MANIFEST = "m-0123456789abcdef0123456789abcdef";
    static final String MONEY_MANIFEST = "m-fedcba9876543210fedcba9876543210";
    static final String CHART_MANIFEST = "m-00000000000000000000000000000001";

    private SmallDocument() {
    }

    public static ReportDocument document() {
        TitlePage title = new TitlePage("Årsrapport 2025", "Samordningsteam Hallstahammar",
                "Samordningsförbundet Västmanland", new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                LocalDate.of(2026, 2, 10), new Provenance(1_234_567, null));
        return ReportDocument.of(title, List.of(
                Section.of("Årets resultat",
                        new Prose("""
                                Teamet har arbetat med 36 personer under året.

                                Viktigast under året:
                                - gruppstarter i ACT
                                - samverkan med Försäkringskassan"""),
                        Section.of("Avslut och försörjning",
                                outcomes(),
                                Section.of("Överst i förändringen", new Prose("Ökningen gäller främst studier.")))),
                Section.of("Ekonomi", money()),
                Section.of("Diagram", charts().toArray(Block[]::new))))
                .withSmallNumberLimit(3);
    }

    static Table outcomes() {
        return new Table("Avslut efter orsak, 2025 jämfört med 2024",
                Columns.grouped("Avslutsorsak",
                        Columns.Group.of("2025", "antal", "andel"),
                        Columns.Group.of("2024", "antal", "andel"),
                        Columns.Group.of("förändring", "antal")),
                List.of(Row.of("Arbete", Cell.count(5), Cell.percent(31.25), Cell.count(3), Cell.percent(25.0),
                                Cell.count(2).asChange()),
                        Row.of("Studier", Cell.count(9), Cell.percent(56.25), Cell.count(7), Cell.percent(58.3333),
                                Cell.count(2).asChange()),
                        Row.of("Föräldraledighet", Cell.suppressed(), Cell.suppressed(), Cell.suppressed(),
                                Cell.suppressed(), Cell.suppressed()),
                        Row.total("Totalt", Cell.count(16), Cell.percent(100), Cell.count(12), Cell.percent(100),
                                Cell.count(4).asChange())),
                OUTCOMES_MANIFEST);
    }

    static Table money() {
        return new Table("Tilldelning och utfall",
                Columns.of("Finansiär", "Tilldelat", "Använt", "Differens"),
                List.of(Row.of("Försäkringskassan", Cell.kronor(1_234_567), Cell.kronor(1_000_000),
                                Cell.kronor(234_567)),
                        Row.of("Region Västmanland", Cell.kronor(600_000), Cell.kronor(650_000),
                                Cell.kronor(-50_000)),
                        Row.total("Summa (tkr)", Cell.thousandKronor(12_225_000), Cell.thousandKronor(11_247_000),
                                Cell.thousandKronor(978_000))),
                MONEY_MANIFEST, List.of("Beloppen är hämtade ur ekonomisystemet."));
    }

    /** One chart of each kind, titled after its kind. */
    public static List<Chart> charts() {
        List<String> parties = List.of("Försäkringskassan", "Kommunen", "Regionen");
        return List.of(
                new Chart(ChartKind.BAR, "Stapel: nya deltagare per år", "Nya deltagare: 2025 17, 2024 12.",
                        List.of("2024", "2025"), List.of(Series.of("Nya", 12, 17)), "Antal", Unit.COUNT,
                        CHART_MANIFEST),
                new Chart(ChartKind.HORIZONTAL_BAR, "Liggande: remitterande part, i år och i fjol",
                        "Remitterande part 2025 och 2024.", parties,
                        List.of(Series.of("2025", 14, 9, 13), Series.of("2024", 10, 11, 7)), "Antal", Unit.COUNT,
                        CHART_MANIFEST),
                new Chart(ChartKind.STACKED_BAR, "Staplad: kön per år", "Kvinnor och män per år.",
                        List.of("2024", "2025"), List.of(Series.of("Kvinnor", 18, 20), Series.of("Män", 10, 16)),
                        "Antal", Unit.COUNT, null),
                Chart.of(ChartKind.LINE, "Linje: genomströmningstid per månad",
                        "Genomströmningstiden i månader, januari till juni.",
                        List.of("jan", "feb", "mar", "apr", "maj", "jun"),
                        List.of(Series.of("Månader", 20.1, 21.4, null, 22.0, 22.8, 23.3)), Unit.MONTHS),
                Chart.of(ChartKind.PIE, "Cirkel: andel till arbete och studier", "Arbete 5, studier 9, övrigt 2.",
                        List.of("Arbete", "Studier", "Övrigt"), List.of(Series.of("Avslut", 5, 9, 2)), Unit.COUNT),
                Chart.of(ChartKind.DONUT, "Ring: utfall mot tilldelning", "Använt 92 %, kvar 8 %.",
                        List.of("Använt", "Kvar"), List.of(new Series("Andel",
                                List.of(new BigDecimal("92.0"), new BigDecimal("8.0")))), Unit.PERCENT));
    }
}
