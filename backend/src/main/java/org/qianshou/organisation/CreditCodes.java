package org.qianshou.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet, the last one a check character over the first 17. The check digit of the embedded
 * organisation code (GB 11714) is deliberately not enforced.
 */
public final class CreditCodes {

    /** The digits and the capitals without I, O, S, V and Z; a character's value is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final Pattern FORMAT = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    private static final int[] WEIGHTS = weights();

    private CreditCodes() {}

    /** The code uppercased and stripped, when it is a valid credit code; empty otherwise. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return isValid(code) ? Optional.of(code) : Optional.empty();
    }

    /** Whether {@code code} (already uppercase) has the right format and check character. */
    public static boolean isValid(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return false;
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** W_i = 3^(i-1) mod 31. */
    private static int[] weights() {
        int[] w = new int[17];
        int value = 1;
        for (int i = 0; i < 17; i++) {
            w[i] = value;
            value = value * 3 % 31;
        }
        return w;
    }
}
