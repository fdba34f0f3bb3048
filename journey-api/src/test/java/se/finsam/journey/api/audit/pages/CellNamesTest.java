package se.finsam.journey.api.audit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.catalogue.Keys;
import se.finsam.journey.reports.NationalFigures;

/** Every figure of the catalogue has a name in words in both languages, and a cell's key is named from its list. */
class CellNamesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private final CellNames names = new CellNames(bundles());

    @Test
    void everyFigureOfTheCatalogueHasANameInWordsInSwedishAndEnglish() {
        for (FigureFamily family : NationalFigures.CATALOGUE.families()) {
            String key = family.single() ? null : family.keys() instanceof Keys.Codes codes ? codes.codes().get(0)
                    : "MUNICIPALITY:IFO";
            String path = new FigureName(family, key).path();
            for (Locale language : new Locale[] {SWEDISH, ENGLISH}) {
                String name = names.name(path, language);
                assertThat(name).as(path + " in " + language).isNotEqualTo(path).doesNotContain("{0}", "figure.");
            }
        }
    }

    @Test
    void aCodeIsNamedByItsLabelAUnitByItsPartyAndAMunicipalityByItsName() {
        assertThat(names.name("participants.byGender.WOMAN", SWEDISH)).isEqualTo("Deltagare efter kön: Kvinna");
        assertThat(names.name("closures.standardTable.work", SWEDISH)).isEqualTo("Avslut till arbete");
        assertThat(names.name("closures.meanAgeAtClosure.all", SWEDISH)).isEqualTo("Medelålder vid avslut: alla");
        assertThat(names.name("participants.byReferringUnit.MUNICIPALITY:Enh. 2 Västerås", SWEDISH))
                .isEqualTo("Deltagare efter remitterande enhet: Kommunen: Enh. 2 Västerås");
        assertThat(names.name("participants.byHomeMunicipality.1980", SWEDISH))
                .isEqualTo("Deltagare efter hemkommun: 1980 Västerås");
        assertThat(names.name("assessments.byInstrument.BIP.mean", ENGLISH)).startsWith("Assessments, ")
                .endsWith(": mean");
    }

    @Test
    void aPathThatIsNoFigureIsShownAsItIs() {
        assertThat(names.name("previous.closures.total", SWEDISH)).isEqualTo("previous.closures.total");
        assertThat(names.name("participants.byGender.NOBODY", SWEDISH)).isEqualTo("participants.byGender.NOBODY");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common", "i18n/figures", "i18n/reports", "i18n/audit");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
