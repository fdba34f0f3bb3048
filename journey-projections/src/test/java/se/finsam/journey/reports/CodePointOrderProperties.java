package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Figure#CODE_POINT_ORDER} compares UTF-16 units without decoding them; it must order any two strings as
 * their code points do (Python's order, the acceptance oracle's), surrogate pairs and lone surrogates included.
 */
class CodePointOrderProperties {

    @Property(tries = 5000)
    void ordersAsTheCodePointsDo(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertThat(Integer.signum(Figure.CODE_POINT_ORDER.compare(a, b)))
                .isEqualTo(Integer.signum(byDecodedCodePoints(a, b)));
    }

    @Property(tries = 1000)
    void aTextEqualsItself(@ForAll("texts") String a) {
        assertThat(Figure.CODE_POINT_ORDER.compare(a, new String(a.toCharArray()))).isZero();
    }

    /** Short texts over the units where the orders could part: ASCII, the BMP's top, surrogates, pairs. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> unit = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'c').map(String::valueOf),
                Arbitraries.chars().range('\uD7FE', '\uD801').map(String::valueOf),
                Arbitraries.chars().range('\uDBFF', '\uDC01').map(String::valueOf),
                Arbitraries.chars().range('\uDFFE', '\uE001').map(String::valueOf),
                Arbitraries.chars().range('\uFFFD', '\uFFFF').map(String::valueOf),
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString));
        return unit.list().ofMaxSize(6).map(units -> String.join("", units));
    }

    /** The reference: decode both and compare code point by code point, a shorter prefix first. */
    private static int byDecodedCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int k = 0; k < Math.min(x.length, y.length); k++) {
            if (x[k] != y[k]) {
                return Integer.compare(x[k], y[k]);
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
