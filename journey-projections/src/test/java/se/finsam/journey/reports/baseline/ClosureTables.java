package se.finsam.journey.reports.baseline;

import static se.finsam.journey.reports.baseline.FigureTable.those;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/** The {@code closures} section: the period's closures, the standard closure table and its shares of measured closures. */
final class ClosureTables {

    private ClosureTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> closed = those(journeys, definitions::isClosed);
        List<CurrentJourney> measured = those(journeys, definitions::isMeasuredClosure);
        List<CurrentJourney> dropouts = withCauses(closed, Set.of(ClosureCause.DROPOUT));
        table.count("total", closed)
                .count("dropouts", dropouts)
                .breakdown("byCause", ClosureCause.values(), closed, journey -> journey.closure().cause())
                .breakdown("bySupportAfter", SupportSource.values(), closed, journey -> journey.closure().supportAfter());

        FigureTable standard = table.table("standardTable").count("closures", closed).count("dropouts", dropouts);
        FigureTable shares = table.table("shares");
        for (Map.Entry<String, Set<ClosureCause>> column : ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.entrySet()) {
            List<CurrentJourney> outcome = withCauses(closed, column.getValue());
            standard.count(column.getKey(), outcome);
            shares.share(column.getKey(), outcome, measured);
        }

        List<CurrentJourney> green = withCauses(closed, ParticipantReportDefinitions.GREEN_OUTCOMES.stream()
                .flatMap(column -> ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.get(column).stream())
                .collect(Collectors.toSet()));
        table.table("greenOutcomes").count("count", green).share("share", green, measured);

        table.count("workSubsidised", those(closed, ParticipantReportDefinitions::isSubsidisedWork))
                .count("workUnsubsidised", those(closed, ParticipantReportDefinitions::isUnsubsidisedWork));
        meansByGender(table.table("meanAgeAtClosure"), measured,
                journey -> Ratio.of(ParticipantReportDefinitions.ageAtClosure(journey)));
        meansByGender(table.table("meanYearsInPublicSupport"),
                those(measured, journey -> journey.yearsInPublicSupport() != null),
                journey -> Ratio.of(journey.yearsInPublicSupport()));
    }

    private static void meansByGender(FigureTable table, List<CurrentJourney> population,
                                      Function<CurrentJourney, Ratio> value) {
        table.mean("all", population, value);
        for (Gender gender : Gender.values()) {
            table.mean(gender.name(), those(population, journey -> journey.gender() == gender), value);
        }
    }

    private static List<CurrentJourney> withCauses(List<CurrentJourney> closures, Set<ClosureCause> causes) {
        return those(closures, journey -> causes.contains(journey.closure().cause()));
    }
}
