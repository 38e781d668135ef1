package org.qianshou.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.qianshou.system.security.Keys;

/**
 * Keyed hashes of one-time codes (under {@link Keys.Purpose#ONE_TIME_CODE}'s key), and plain SHA-256 of random
 * tokens, so that the database never holds them.
 */
@Singleton
class SecretKeys {

    private final byte[] key;

    SecretKeys(Keys keys) {
        this.key = keys.key(Keys.Purpose.ONE_TIME_CODE);
    }

    /** HMAC-SHA256 of a short code (a 6-digit code hashed without a key could be reversed). */
    byte[] codeHash(String purpose, String identifier, String code) {
        return hmac(key, purpose + "\n" + identifier + "\n" + code);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
