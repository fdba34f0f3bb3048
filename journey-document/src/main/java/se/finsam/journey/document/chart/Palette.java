package se.finsam.journey.document.chart;

import java.awt.Color;

/**
 * The charts' colours: muted, flat, and distinguishable in greyscale print by their lightness. The first series (this
 * year, by the model's convention) is the dark blue, the second (last year) the light blue beside it.
 */
final class Palette {

    static final Color TEXT = new Color(0x262626);
    static final Color GRID = new Color(0xD9D9D9);
    static final Color AXIS = new Color(0x7F7F7F);

    private static final Color[] SERIES = {
        new Color(0x2F5D7C), // dark blue
        new Color(0x9DB9CF), // light blue
        new Color(0xC89B4A), // ochre
        new Color(0x6F8F5E), // sage green
        new Color(0x8C6D8E), // heather
        new Color(0xB0B0B0), // grey
        new Color(0x4E8A8C), // teal
        new Color(0xD9C08C), // sand
    };

    private Palette() {
    }

    static Color series(int index) {
        return SERIES[index % SERIES.length];
    }
}
