package se.finsam.journey.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.finsam.journey.journey.RecordType;

class FigureCatalogueTest {

    private static final Set<RecordType> CLOSURE = Set.of(RecordType.CLOSURE);
    private static final FigureCatalogue.Builder BUILDER = FigureCatalogue.builder("test");
    private static final FigureFamily CLOSURES = BUILDER.count("closures.total", CLOSURE);
    private static final FigureFamily WORK = BUILDER.count("closures.work", CLOSURE);
    private static final FigureFamily SHARE = BUILDER.share("closures.shareOfWork", WORK, CLOSURES, "closures", CLOSURE);
    private static final FigureFamily MEAN_ALL = BUILDER.mean("closures.meanAge.all", Keys.NONE, CLOSURES,
            "closures", CLOSURE);
    private static final FigureFamily MEAN_BY_GENDER = BUILDER.mean("closures.meanAge.*",
            new Keys.Codes("gender", List.of("WOMAN", "MAN")), null, "closures of the gender", CLOSURE);
    private static final FigureFamily BY_UNIT = BUILDER.count("participants.byUnit.*", new Keys.Open("referringUnit"),
            CLOSURE);
    private static final FigureFamily SCORES = BUILDER.count("scores.*.count",
            new Keys.Codes("instrument", List.of("BIP"), List.of("OTHER")), CLOSURE);
    private static final FigureCatalogue CATALOGUE = BUILDER.build();

    @Test
    void aPathIsResolvedWholeToItsFamilyAndKey() {
        assertThat(CATALOGUE.resolve("closures.total")).contains(new FigureName(CLOSURES, null));
        assertThat(CATALOGUE.resolve("closures.meanAge.all")).contains(new FigureName(MEAN_ALL, null));
        assertThat(CATALOGUE.resolve("closures.meanAge.MAN")).contains(new FigureName(MEAN_BY_GENDER, "MAN"));
        assertThat(CATALOGUE.resolve("participants.byUnit.MUNICIPALITY:Enh. 2 Västerås"))
                .contains(new FigureName(BY_UNIT, "MUNICIPALITY:Enh. 2 Västerås"));
        assertThat(CATALOGUE.resolve("scores.BIP.count")).contains(new FigureName(SCORES, "BIP"));
        assertThat(CATALOGUE.resolve("scores.OTHER.count")).contains(new FigureName(SCORES, "OTHER"));
    }

    @Test
    void aPathOfNoFigureOrWithAKeyOutsideTheCodeListIsNoFigure() {
        assertThat(CATALOGUE.resolve("closures.meanAge.NON_BINARY")).isEmpty();
        assertThat(CATALOGUE.resolve("participants.byUnit.")).isEmpty();
        assertThat(CATALOGUE.resolve("scores..count")).isEmpty();
        assertThat(CATALOGUE.resolve("closures")).isEmpty();
        assertThat(CATALOGUE.resolve(null)).isEmpty();
    }

    @Test
    void aFiguresPathPutsItsKeyWhereTheNameHasItAsOnePart() {
        assertThat(new FigureName(SCORES, "BIP").path()).isEqualTo("scores.BIP.count");
        assertThat(new FigureName(BY_UNIT, "REGION:a.b").segments()).containsExactly("participants", "byUnit",
                "REGION:a.b");
        assertThatThrownBy(() -> new FigureName(MEAN_BY_GENDER, "NON_BINARY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareNamesItsNumeratorAndDenominatorWithTheSameKey() {
        FigureName share = CATALOGUE.resolve("closures.shareOfWork").orElseThrow();
        assertThat(share.numerator()).isEqualTo(new FigureName(WORK, null));
        assertThat(share.denominator()).isEqualTo(new FigureName(CLOSURES, null));
        assertThat(new FigureName(CLOSURES, null).numerator()).isNull();
    }

    @Test
    void aFiguresNameInWordsIsAMessageKeyOfItsNameWithoutTheKey() {
        assertThat(CLOSURES.label()).isEqualTo("figure.closures.total");
        assertThat(MEAN_BY_GENDER.label()).isEqualTo("figure.closures.meanAge");
        assertThat(SCORES.label()).isEqualTo("figure.scores.count");
    }

    @Test
    void aFamilyIsDeclaredOnceAndAsWhatItIs() {
        FigureCatalogue.Builder builder = FigureCatalogue.builder("test");
        builder.count("a.b", CLOSURE);
        assertThatThrownBy(() -> builder.count("a.b", CLOSURE)).hasMessageContaining("already");
        assertThatThrownBy(() -> builder.count("a.*", CLOSURE)).hasMessageContaining("key");
        assertThatThrownBy(() -> builder.mean("a.mean", Keys.NONE, null, null, CLOSURE))
                .hasMessageContaining("taken over");
    }
}
