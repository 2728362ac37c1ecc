package org.nafitha.country;

/** The Luhn (mod 10) check digit, used by Saudi IDs and by Nafitha's case references. */
public final class Luhn {

    private Luhn() {
    }

    public static boolean valid(String digits) {
        return digits.length() > 1
                && checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The digit to append to {@code payload} so that the whole passes {@link #valid}. */
    public static int checkDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (d < 0 || d > 9) throw new IllegalArgumentException("digits only");
            if (doubleIt) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
