package org.qianshou.opening;

import java.security.SecureRandom;

/** A shift's check-in code: 8 characters of an alphabet without look-alikes (no I, O, 0 or 1). */
final class CheckInCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {}

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
