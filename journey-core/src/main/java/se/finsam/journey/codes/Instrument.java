package se.finsam.journey.codes;

import java.math.BigDecimal;

/** A step-assessment instrument and its scale; a higher score is better on every instrument. */
public enum Instrument implements Coded {
    SELF_RATED_STEP("Upplevd stegförflyttning", 0, 10),
    BIP("BIP-indikatorer", 1, 5),
    WORK_ABILITY("Arbetsförmåga (%)", 0, 100);

    private final String label;
    private final BigDecimal lowest;
    private final BigDecimal highest;

    Instrument(String label, int lowest, int highest) {
        this.label = label;
        this.lowest = BigDecimal.valueOf(lowest);
        this.highest = BigDecimal.valueOf(highest);
    }

    @Override
    public String label() {
        return label;
    }

    public boolean onScale(BigDecimal score) {
        return score.compareTo(lowest) >= 0 && score.compareTo(highest) <= 0;
    }

    public String scale() {
        return lowest.toPlainString() + "–" + highest.toPlainString();
    }
}
