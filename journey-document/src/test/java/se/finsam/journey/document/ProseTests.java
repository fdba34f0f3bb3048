package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTests {

    @Test
    void blankLinesSeparateParagraphsAndASingleLineBreakIsKept() {
        assertThat(new Prose("Första stycket\nmed en radbrytning.\n\n\nAndra stycket.").blocks()).containsExactly(
                new ProseBlock.Paragraph(List.of("Första stycket", "med en radbrytning.")),
                new ProseBlock.Paragraph(List.of("Andra stycket.")));
    }

    @Test
    void linesStartingWithADashOrBulletAreABulletList() {
        assertThat(new Prose("Vi har:\n- gruppstarter\n* studiebesök\n• handledning").blocks()).containsExactly(
                new ProseBlock.Paragraph(List.of("Vi har:")),
                new ProseBlock.ItemList(false, List.of(new ProseBlock.Item(0, "gruppstarter"),
                        new ProseBlock.Item(0, "studiebesök"), new ProseBlock.Item(0, "handledning"))));
    }

    @Test
    void numberedLinesAreANumberedListAndIndentedItemsALevelBelow() {
        assertThat(new Prose("1. Föreläsningar\n  - om ACT\n2) Studiebesök").blocks()).containsExactly(
                new ProseBlock.ItemList(true, List.of(new ProseBlock.Item(0, "Föreläsningar"),
                        new ProseBlock.Item(1, "om ACT"), new ProseBlock.Item(0, "Studiebesök"))));
    }

    @Test
    void aLineAfterAnItemContinuesIt() {
        assertThat(new Prose("- en lång punkt\n  som fortsätter").blocks()).containsExactly(
                new ProseBlock.ItemList(false, List.of(new ProseBlock.Item(0, "en lång punkt som fortsätter"))));
    }

    @Test
    void aBulletListAndANumberedListAfterItAreTwoLists() {
        assertThat(new Prose("- a\n1. b").blocks()).containsExactly(
                new ProseBlock.ItemList(false, List.of(new ProseBlock.Item(0, "a"))),
                new ProseBlock.ItemList(true, List.of(new ProseBlock.Item(0, "b"))));
    }

    @Test
    void markupIsPrintedAsItStandsAndNumbersInTextAreNotLists() {
        assertThat(new Prose("<b>Fet?</b> &amp; 2025 var ett bra år. -5 grader").blocks()).containsExactly(
                new ProseBlock.Paragraph(List.of("<b>Fet?</b> &amp; 2025 var ett bra år. -5 grader")));
    }

    @Test
    void controlCharactersAndWindowsLineEndsAreCleanedAway() {
        assertThat(new Prose("Rad ett\r\nrad\u0007 två\u0000\r\n\r\nTab\tbort").blocks()).containsExactly(
                new ProseBlock.Paragraph(List.of("Rad ett", "rad två")),
                new ProseBlock.Paragraph(List.of("Tab bort")));
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertThat(new Prose(" \n\n ").blocks()).isEmpty();
        assertThat(new Prose(null).blocks()).isEmpty();
    }
}
