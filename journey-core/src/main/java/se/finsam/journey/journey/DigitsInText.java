package se.finsam.journey.journey;

/**
 * The digits of a text in order, each with what stands between it and the digit before: nothing, one space,
 * a dash or plus (with at most a space on each side), or anything else (which breaks a number). Read once, so
 * that {@link PersonalIdentityNumber#foundIn} can try every window of 10 and 12 digits.
 */
final class DigitsInText {

    private static final byte JOINED = 0;
    private static final byte SPACE = 1;
    private static final byte DASH = 2;
    private static final byte BROKEN = 3;

    private final int[] digits;
    private final byte[] before;
    private final int count;

    private DigitsInText(int[] digits, byte[] before, int count) {
        this.digits = digits;
        this.before = before;
        this.count = count;
    }

    static DigitsInText of(String text) {
        int[] digits = new int[text.length()];
        byte[] before = new byte[text.length()];
        int count = 0;
        byte gap = BROKEN;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits[count] = c - '0';
                before[count++] = gap;
                gap = JOINED;
                i++;
                continue;
            }
            int j = i;
            if (isSpace(text.charAt(j))) {
                j++;
            }
            boolean dash = j < text.length() && isDash(text.charAt(j));
            if (dash) {
                j++;
                if (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
            }
            boolean separator = gap == JOINED && j > i && j < text.length() && isDigit(text.charAt(j));
            gap = separator ? (dash ? DASH : SPACE) : BROKEN;
            i = Math.max(j, i + 1);
        }
        return new DigitsInText(digits, before, count);
    }

    boolean holdIdentityNumber() {
        for (int start = 0; start < count; start++) {
            if (shapedLikeOne(start, 10) || shapedLikeOne(start, 12)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code length} digits from {@code start} are one number starting with a date of birth. */
    private boolean shapedLikeOne(int start, int length) {
        if (start + length > count) {
            return false;
        }
        int lastFour = start + length - 4;
        for (int k = start + 1; k < start + length; k++) {
            if (before[k] == BROKEN || (before[k] == DASH && k != lastFour)) {
                return false;
            }
        }
        int monthAt = start + length - 8;
        int month = digits[monthAt] * 10 + digits[monthAt + 1];
        int day = digits[monthAt + 2] * 10 + digits[monthAt + 3];
        return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '+' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212';
    }
}
