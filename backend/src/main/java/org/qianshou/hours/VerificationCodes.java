package org.qianshou.hours;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Certificates' verification codes: 144 random bits from {@link SecureRandom}, written as 24 URL-safe
 * Base64 characters (no padding). Anyone holding the code can read the certificate, so the code must not be
 * guessable; it says nothing about the volunteer, the organisation or the time.
 */
final class VerificationCodes {

    static final int BYTES = 18;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private VerificationCodes() {}

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether the text could be a code at all (anything else is unknown without asking the database). */
    static boolean plausible(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
