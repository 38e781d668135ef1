package org.qianshou.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.qianshou.system.security.Keys;

/**
 * Keyed hashes of one-time codes (under {@link Keys.Purpose#ONE_TIME_CODE}'s key), and plain SHA-256 of random
 * tokens, so that the database never holds them.
 */
@Singleton
class SecretKeys {

    private final Keys keys;

    SecretKeys(Keys keys) {
        this.keys = keys;
    }

    /** HMAC-SHA256 of a short code (a 6-digit code hashed without a key could be reversed). */
    byte[] codeHash(String purpose, String identifier, String code) {
        return keys.hmac(Keys.Purpose.ONE_TIME_CODE, purpose + "\n" + identifier + "\n" + code);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
