package se.finsam.journey.generator;

import java.util.Random;

/**
 * Fake personal identity numbers for generated journeys: a valid date of birth and Luhn check digit, with a birth
 * number in 980–999, the series Skatteverket keeps for test numbers, so that none belongs to a real person.
 */
public final class SyntheticIdentityNumber {

    private SyntheticIdentityNumber() {
    }

    public static String of(int birthYear, Random random) {
        String nine = String.format("%02d%02d%02d98%d", birthYear % 100, 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(10));
        return (birthYear / 100) + nine + luhnCheckDigit(nine);
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
