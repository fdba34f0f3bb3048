package se.finsam.journey.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of table language v1, one mistake at a time (as the analyst writes it: JSON with single quotes
 * turned into double ones), each answered at the most specific element that is wrong, in the analyst's terms.
 */
class DefinitionReaderTest {

    /** A valid table; each test spoils it in one place. */
    private static final String TABLE = "{'id': 't', 'title': 'T', 'population': 'closures', 'rows': {'by': 'closureCause'}, "
            + "'columns': {'by': 'gender'}, 'values': ['count', 'shareOfColumn']}";

    @Test
    void theDomainsExampleDefinitionIsValid() {
        DefinitionReader.Reading reading = read("{'title': 'Avesta: deltagare och avslut', 'tables': ["
                + "{'id': 'closures-by-cause-and-gender', 'title': 'Avslut efter orsak och kön', 'population': 'closures',"
                + " 'rows': {'by': 'closureCause'}, 'columns': {'by': 'gender'}, 'values': ['count', 'shareOfColumn']},"
                + "{'id': 'enrolled-at-end-by-age', 'title': 'Inskrivna', 'population': 'activeAtEnd', 'ageAt': 'periodEnd',"
                + " 'rows': {'by': 'ageBand', 'bands': [[16, 20], [21, 24], [25, 34], [35, 44], [45, 54], [55, 64]]},"
                + " 'values': ['count', 'shareOfTotal', 'mean:age', 'min:age', 'max:age'], 'decimals': 1},"
                + "{'id': 'support-by-payer', 'title': 'Försörjning', 'population': 'new',"
                + " 'where': {'referringParty': ['SOCIAL_INSURANCE_AGENCY', 'MUNICIPALITY']},"
                + " 'rows': {'by': 'supportBefore', 'groups': ["
                + "   {'label': 'FK', 'codes': ['SICKNESS_BENEFIT', 'ACTIVITY_COMPENSATION', 'SICKNESS_COMPENSATION']},"
                + "   {'label': 'Kommun', 'codes': ['SOCIAL_ASSISTANCE']}]},"
                + " 'values': ['count', 'shareOfTotal']}]}");

        assertThat(reading.errors()).isEmpty();
        TableDefinition definition = reading.definition();
        assertThat(definition.tables()).hasSize(3);
        TableSpec ages = definition.table("enrolled-at-end-by-age").orElseThrow();
        assertThat(ages.ageAt()).isEqualTo(AgeAt.PERIOD_END);
        assertThat(ages.rows().bands()).first().isEqualTo(new Band(16, 20));
        assertThat(ages.values()).extracting(TableValue::name).containsExactly("count", "shareOfTotal", "mean:age",
                "min:age", "max:age");
        TableSpec payers = definition.table("support-by-payer").orElseThrow();
        assertThat(payers.where()).containsKey(Dimension.REFERRING_PARTY);
        assertThat(payers.rows().groups()).extracting(Group::label).containsExactly("FK", "Kommun");
        assertThat(payers.decimals()).isEqualTo(1);
        assertThat(payers.ageAt()).isEqualTo(AgeAt.REFERENCE);
    }

    @Test
    void aDocumentThatIsNoObjectIsRefusedAsAWhole() {
        assertOnly("[1, 2]", "", "a definition is a JSON object");
    }

    @Test
    void theTitleIsRequiredAndIsText() {
        assertOnly("{'tables': [" + TABLE + "]}", "/title", "title is missing");
        assertOnly("{'title': 7, 'tables': [" + TABLE + "]}", "/title", "must be text");
        assertOnly("{'title': '  ', 'tables': [" + TABLE + "]}", "/title", "cannot be empty");
        assertOnly("{'title': '" + "x".repeat(201) + "', 'tables': [" + TABLE + "]}", "/title", "at most 200");
    }

    @Test
    void aDefinitionNeedsAtLeastOneTableAndAtMostFifty() {
        assertOnly("{'title': 'x'}", "/tables", "tables are missing");
        assertOnly("{'title': 'x', 'tables': []}", "/tables", "empty");
        assertOnly("{'title': 'x', 'tables': {}}", "/tables", "must be a list");
        StringBuilder many = new StringBuilder("{'title': 'x', 'tables': [");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ", ").append(TABLE.replace("'id': 't'", "'id': 't" + i + "'"));
        }
        assertOnly(many + "]}", "/tables", "at most 50");
    }

    @Test
    void unknownKeysAreNamedWhereTheyAre() {
        assertOnly("{'title': 'x', 'tables': [" + TABLE + "], 'colour': 'red'}", "/colour", "unknown key 'colour'");
        assertOnly(table("'values': ['count'], 'sort': 'asc'"), "/tables/0/sort", "a table has id, title");
        assertOnly(table("'values': ['count'], 'rows': {'by': 'gender', 'order': 1}"), "/tables/0/rows/order",
                "unknown key 'order'");
        assertOnly(table("'values': ['count'], 'a/b': 1"), "/tables/0/a~1b", "unknown key 'a/b'");
    }

    @Test
    void tableIdsAreCodesAndDiffer() {
        assertOnly(table("'id': 'Stora Tabellen'"), "/tables/0/id", "not a table id");
        assertOnly(table("'id': '" + "a".repeat(65) + "'"), "/tables/0/id", "at most 64");
        assertOnly("{'title': 'x', 'tables': [" + TABLE + ", " + TABLE.replace("closures'", "measuredClosures'") + "]}",
                "/tables/1/id", "two tables have the id 't'");
    }

    @Test
    void thePopulationIsOneOfTheLanguages() {
        assertOnly(table("'population': 'everyone'"), "/tables/0/population", "unknown population 'everyone': use "
                + "participants, new, activeAtStart, activeAtEnd, closures, measuredClosures, referrals, withdrawals, "
                + "waitingAtEnd or workTraining");
        assertOnly(table("'population': ['new']"), "/tables/0/population", "must be text");
    }

    @Test
    void rowsAreRequiredAndDimensionsAreKnown() {
        assertOnly(table("'rows': null"), "/tables/0/rows", "a table needs rows");
        assertOnly(table("'rows': 'gender'"), "/tables/0/rows", "must be an object");
        assertOnly(table("'rows': {}"), "/tables/0/rows/by", "needs 'by'");
        assertOnly(table("'columns': {'by': 'colour'}"), "/tables/0/columns/by", "unknown dimension 'colour': use "
                + "initiative, gender, referringParty, referringUnit, supportBefore, homeMunicipality, ageBand, "
                + "yearsInPublicSupport, closureCause, supportAfter, standardOutcome, subsidisedEmployment or "
                + "workTrainingSector");
    }

    @Test
    void closureDimensionsOnlyGoWithClosurePopulationsAndSectorsOnlyWithWorkTraining() {
        assertOnly(table("'population': 'participants', 'columns': null"), "/tables/0/rows/by",
                "closureCause can only be used with the populations closures and measuredClosures");
        assertOnly(table("'columns': {'by': 'workTrainingSector'}"), "/tables/0/columns/by",
                "workTrainingSector can only be used with the population workTraining");
        assertThat(read(table("'population': 'workTraining', 'rows': {'by': 'workTrainingSector'}")).errors()).isEmpty();
    }

    @Test
    void bandedDimensionsNeedBandsAndOthersTakeNone() {
        assertOnly(table("'rows': {'by': 'ageBand'}"), "/tables/0/rows/bands", "ageBand needs bands");
        assertOnly(table("'columns': {'by': 'gender', 'bands': [[16, 29]]}"), "/tables/0/columns/bands",
                "bands are only for ageBand and yearsInPublicSupport");
        assertOnly(table("'rows': {'by': 'yearsInPublicSupport', 'bands': [[0, 1]], 'groups': []}"),
                "/tables/0/rows/groups", "takes bands, not groups");
    }

    @Test
    void bandsAreWholeNonOverlappingAndEndAfterTheyStart() {
        assertOnly(bands("[[16, 30], [25, 40]]"), "/tables/0/rows/bands/1", "band [25, 40] overlaps band [16, 30]");
        assertOnly(bands("[[40, null], [16, 30], [50, 60]]"), "/tables/0/rows/bands/2",
                "band [50, 60] overlaps band [40, null]");
        assertOnly(bands("[[30, 16]]"), "/tables/0/rows/bands/0/1", "band [30, 16] ends before it starts");
        assertOnly(bands("[[16.5, 20]]"), "/tables/0/rows/bands/0/0", "a whole number");
        assertOnly(bands("[[-1, 20]]"), "/tables/0/rows/bands/0/0", "from 0 to 150");
        assertOnly(bands("[[16, 'old']]"), "/tables/0/rows/bands/0/1", "a whole number");
        assertOnly(bands("[[16]]"), "/tables/0/rows/bands/0", "a band is [low, high]");
        assertOnly(bands("[]"), "/tables/0/rows/bands", "empty");
        assertThat(read(bands("[[16.0, 20], [21, 21], [60, null]]")).errors()).isEmpty();
    }

    @Test
    void anAxisHoldsAtMostFiftyBandsAndAHundredGroups() {
        StringBuilder bands = new StringBuilder("[");
        for (int low = 0; low < 51 * 2; low += 2) {
            bands.append(low == 0 ? "" : ", ").append("[").append(low).append(", ").append(low + 1).append("]");
        }
        assertOnly(bands(bands + "]"), "/tables/0/rows/bands", "holds 51; at most 50");
        StringBuilder groups = new StringBuilder("[");
        for (int g = 0; g < 101; g++) {
            groups.append(g == 0 ? "" : ", ").append("{'label': 'G").append(g).append("', 'codes': ['")
                    .append(1000 + g).append("']}");
        }
        assertOnly(table("'rows': {'by': 'homeMunicipality', 'groups': " + groups + "]}"), "/tables/0/rows/groups",
                "holds 101; at most 100");
        assertThat(read(bands(bands.substring(0, bands.lastIndexOf(", [")) + "]")).errors()).isEmpty();
    }

    @Test
    void groupsHoldCodesOfTheirDimensionEachInOneGroupUnderDistinctLabelsWithoutSlashes() {
        assertOnly(groups("[{'label': 'A', 'codes': ['WOMAN']}, {'label': 'B', 'codes': ['WOMAN', 'MAN']}]"),
                "/tables/0/columns/groups/1/codes/0", "code 'WOMAN' is already in group 'A'");
        assertOnly(groups("[{'label': 'A/B', 'codes': ['WOMAN']}]"), "/tables/0/columns/groups/0/label",
                "holds a '/'");
        assertOnly(groups("[{'label': 'A', 'codes': ['WOMAN']}, {'label': 'A', 'codes': ['MAN']}]"),
                "/tables/0/columns/groups/1/label", "two groups are labelled 'A'");
        assertOnly(groups("[{'label': 'total', 'codes': ['WOMAN']}]"), "/tables/0/columns/groups/0/label",
                "choose another label");
        assertOnly(groups("[{'label': 'A', 'codes': ['FEMALE']}]"), "/tables/0/columns/groups/0/codes/0",
                "unknown gender code 'FEMALE': use WOMAN, MAN, NON_BINARY");
        assertOnly(groups("[{'label': 'A', 'codes': ['MAN', 'MAN']}]"), "/tables/0/columns/groups/0/codes/1",
                "listed twice");
        assertOnly(groups("[{'label': 'A', 'codes': []}]"), "/tables/0/columns/groups/0/codes", "empty");
        assertOnly(groups("[{'label': 'A'}]"), "/tables/0/columns/groups/0/codes", "needs its codes");
        assertOnly(groups("[{'codes': ['MAN']}]"), "/tables/0/columns/groups/0/label", "label is missing");
        assertOnly(groups("[]"), "/tables/0/columns/groups", "empty");
    }

    @Test
    void openDimensionsAndInitiativesTakeCodesOfTheirForm() {
        assertThat(read(table("'rows': {'by': 'homeMunicipality', 'groups': [{'label': 'Sala', 'codes': ['1981', 'none']}]}"))
                .errors()).isEmpty();
        assertOnly(table("'rows': {'by': 'homeMunicipality', 'groups': [{'label': 'Sala', 'codes': ['Sala']}]}"),
                "/tables/0/rows/groups/0/codes/0", "not a municipality code");
        assertOnly(table("'rows': {'by': 'referringUnit', 'groups': [{'label': 'IFO', 'codes': ['KOMMUN:IFO']}]}"),
                "/tables/0/rows/groups/0/codes/0", "not a referring unit");
        assertOnly(table("'rows': {'by': 'initiative', 'groups': [{'label': 'Två', 'codes': ['Sala']}]}"),
                "/tables/0/rows/groups/0/codes/0", "not an initiative code");
    }

    @Test
    void filtersTakeRawCodesOfCodedDimensionsAllowedWithThePopulation() {
        assertOnly(table("'where': {'gender': ['FEMALE']}"), "/tables/0/where/gender/0", "unknown gender code 'FEMALE'");
        assertOnly(table("'where': {'ageBand': ['16-29']}"), "/tables/0/where/ageBand", "has bands");
        assertOnly(table("'where': {'colour': ['red']}"), "/tables/0/where/colour", "unknown dimension 'colour'");
        assertOnly(table("'population': 'new', 'rows': {'by': 'gender'}, 'columns': null, "
                + "'where': {'closureCause': ['WORK']}"), "/tables/0/where/closureCause", "closureCause can only be used");
        assertOnly(table("'where': {'gender': []}"), "/tables/0/where/gender", "empty");
        assertOnly(table("'where': ['gender']"), "/tables/0/where", "must be an object");
    }

    @Test
    void valuesAreKnownListedOnceAndThroughputOnlyForClosures() {
        assertOnly(table("'values': ['count', 'mean:height']"), "/tables/0/values/1", "unknown value 'mean:height': "
                + "use count, shareOfTotal, shareOfRow, shareOfColumn or mean:/median:/min:/max: of age, "
                + "yearsInPublicSupport, throughputMonths, daysToEnrolment");
        assertOnly(table("'values': ['count', 'count']"), "/tables/0/values/1", "listed twice");
        assertOnly(table("'values': []"), "/tables/0/values", "empty");
        assertOnly(table("'values': null"), "/tables/0/values", "a table needs values");
        assertOnly(table("'population': 'participants', 'rows': {'by': 'gender'}, 'columns': null, "
                + "'values': ['mean:throughputMonths']"), "/tables/0/values/0",
                "throughputMonths can only be used with the populations closures and measuredClosures");
        assertThat(read(table("'values': ['median:throughputMonths', 'max:daysToEnrolment', "
                + "'min:yearsInPublicSupport']")).errors()).isEmpty();
    }

    @Test
    void agesAreTakenAtAKnownDayAndAtEnrolmentOnlyOfEnrolledJourneys() {
        assertOnly(table("'ageAt': 'birthday'"), "/tables/0/ageAt", "unknown ageAt 'birthday': use reference, "
                + "referral, enrolment or periodEnd");
        assertOnly(table("'population': 'waitingAtEnd', 'rows': {'by': 'gender'}, 'columns': null, 'ageAt': 'enrolment', "
                + "'values': ['mean:age']"), "/tables/0/ageAt", "ages at enrolment need enrolled journeys");
        assertThat(read(table("'population': 'waitingAtEnd', 'rows': {'by': 'gender'}, 'columns': null, "
                + "'ageAt': 'enrolment', 'values': ['count']")).errors()).isEmpty();
    }

    @Test
    void decimalsAreZeroOneOrTwo() {
        assertOnly(table("'decimals': 3"), "/tables/0/decimals", "from 0 to 2");
        assertOnly(table("'decimals': '1'"), "/tables/0/decimals", "from 0 to 2");
        assertThat(read(table("'decimals': 0")).definition().tables().get(0).decimals()).isZero();
    }

    @Test
    void everyMistakeOfADocumentIsNamedAtOnce() {
        DefinitionReader.Reading reading = read("{'tables': [{'id': 'T', 'title': 'x', 'population': 'everyone', "
                + "'rows': {'by': 'ageBand', 'bands': [[16, 30], [25, 40]]}, 'values': ['count', 'mean:height']}]}");

        assertThat(reading.valid()).isFalse();
        assertThat(reading.definition()).isNull();
        assertThat(reading.errors()).extracting(DefinitionError::pointer).containsExactlyInAnyOrder("/title",
                "/tables/0/id", "/tables/0/population", "/tables/0/rows/bands/1", "/tables/0/values/1");
        assertThat(reading.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    }

    @Test
    void everyMistakeHasAStableCodeWithTheArgumentsAPageTranslatesItWith() {
        DefinitionReader.Reading reading = read("{'tables': [{'id': 'T', 'title': 'x', 'population': 'everyone', "
                + "'rows': {'by': 'ageBand', 'bands': [[16, 30], [25, 40]]}, 'values': ['count', 'mean:height']}]}");

        assertThat(reading.errors()).extracting(DefinitionError::pointer, DefinitionError::code,
                DefinitionError::arguments).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/title", "missing", List.of()),
                org.assertj.core.groups.Tuple.tuple("/tables/0/id", "notATableId", List.of("T")),
                org.assertj.core.groups.Tuple.tuple("/tables/0/population", "unknownPopulation", List.of("everyone")),
                org.assertj.core.groups.Tuple.tuple("/tables/0/rows/bands/1", "bandsOverlap",
                        List.of("[25, 40]", "[16, 30]")),
                org.assertj.core.groups.Tuple.tuple("/tables/0/values/1", "unknownValue", List.of("mean:height")));
    }

    @Test
    void aNewVersionsTitlesLabelsAndUnitsHoldNoIdentityNumberButAStoredOneIsReadAsItIs() {
        String document = "{'title': 'Avslut 19121212-1212', 'tables': [{'id': 't', 'title': 'Tabell 121212-1212',"
                + " 'population': 'new', 'rows': {'by': 'referringUnit', 'groups': [{'label': 'Enhet 1212121212',"
                + " 'codes': ['MUNICIPALITY:Handläggare 19121212 1212']}]}, 'values': ['count']}]}";

        DefinitionReader.Reading reading = readNew(document);

        assertThat(reading.errors()).extracting(DefinitionError::pointer).containsExactlyInAnyOrder("/title",
                "/tables/0/title", "/tables/0/rows/groups/0/label", "/tables/0/rows/groups/0/codes/0");
        assertThat(reading.errors()).allSatisfy(error -> {
            assertThat(error.code()).isEqualTo("identityNumber");
            assertThat(error.message()).doesNotContain("1212");
            assertThat(error.arguments()).noneMatch(argument -> argument.contains("1212"));
        });
        assertThat(read(document).valid()).isTrue();
        assertThat(readNew(table("'title': 'Avslut 2024-01-10'")).valid()).isTrue();
    }

    private static String table(String change) {
        return "{'title': 'x', 'tables': [" + TABLE.substring(0, TABLE.length() - 1) + ", " + change + "}]}";
    }

    private static String bands(String bands) {
        return table("'population': 'participants', 'rows': {'by': 'ageBand', 'bands': " + bands + "}, "
                + "'columns': null");
    }

    private static String groups(String groups) {
        return table("'columns': {'by': 'gender', 'groups': " + groups + "}");
    }

    /** Duplicate keys in an object (a later one replacing an earlier) are how {@link #table} spoils a table. */
    private static DefinitionReader.Reading read(String singleQuoted) {
        return DefinitionReader.read(json(singleQuoted));
    }

    private static DefinitionReader.Reading readNew(String singleQuoted) {
        return DefinitionReader.readNew(json(singleQuoted));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the test's document is not JSON: " + singleQuoted, e);
        }
    }

    private static void assertOnly(String document, String pointer, String message) {
        List<DefinitionError> errors = read(document).errors();
        assertThat(errors).as(document).hasSize(1);
        assertThat(errors.get(0).pointer()).as(document).isEqualTo(pointer);
        assertThat(errors.get(0).message()).as(document).contains(message);
    }
}
