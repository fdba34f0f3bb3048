package se.finsam.journey.document;

/** Expected texts in tests, written readably: a space inside a number or before its unit is a no-break space. */
public final class Swedish {

    private Swedish() {
    }

    /** A table row as text extraction gives it: the cells separated by ordinary spaces, each cell as {@link #nb}. */
    public static String row(String... cells) {
        return String.join(" ", java.util.Arrays.stream(cells).map(Swedish::nb).toList());
    }

    /** The text with every space between a digit and a digit, "%" or a unit made a no-break space. */
    public static String nb(String text) {
        return text.replaceAll("(?<=\\d) (?=\\d|%|kr|tkr|mån|år|p\\.e\\.)", "\u00A0");
    }
}
