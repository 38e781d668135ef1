package org.qianshou.system.security;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one key derivation of the application: a distinct 256-bit key per purpose, derived from one master secret
 * with HKDF-SHA256 (RFC 5869; a fixed salt, the purpose's label as {@code info}). Every keyed hash (CSRF tokens,
 * throttle keys, one-time codes) uses its own purpose's key, so no two purposes share a key and none of them is the
 * token signing secret itself. Created at start-up, so that a missing or short master secret stops the start.
 */
@Context
public final class Keys {

    /** What a key is for. A label never changes once released: changing it changes every hash of its purpose. */
    public enum Purpose {
        /** {@link Csrf}: HMAC of the session id. */
        CSRF("qianshou/csrf/v1"),
        /** {@link PostgresThrottle}: HMAC of identifiers and addresses before they are stored. */
        THROTTLE("qianshou/throttle/v1"),
        /** Sign-up codes: HMAC of a six-digit code, which unkeyed could be reversed. */
        ONE_TIME_CODE("qianshou/one-time-code/v1"),
        /** Volunteers' ID numbers: HMAC of the normalised type and number, for "one ID number, one volunteer". */
        ID_NUMBER_HASH("qianshou/id-number-hash/v1"),
        /**
         * Volunteers' ID numbers: the AES-256-GCM key used when no key is configured ({@code qianshou.volunteer.id-keys},
         * key id {@code master-v1}), so that local runs and tests need no extra secret.
         */
        ID_NUMBER_ENCRYPTION("qianshou/id-number-encryption/v1");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final String HMAC = "HmacSHA256";
    private static final byte[] SALT = "qianshou key derivation salt v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] pseudoRandomKey;

    @Inject
    public Keys(KeysConfiguration configuration) {
        this(configuration.master());
    }

    /** Keys derived from {@code master} (tests, and classes built without the container). */
    public Keys(String master) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("a master secret is required");
        }
        this.pseudoRandomKey = hmac(SALT, master.getBytes(StandardCharsets.UTF_8)); // HKDF-Extract
    }

    /** The purpose's key: HKDF-Expand(PRK, label, 32 bytes), which is one HMAC block. */
    public byte[] key(Purpose purpose) {
        byte[] label = purpose.label().getBytes(StandardCharsets.UTF_8);
        byte[] info = new byte[label.length + 1];
        System.arraycopy(label, 0, info, 0, label.length);
        info[label.length] = 0x01;
        return hmac(pseudoRandomKey, info);
    }

    /** HMAC-SHA256 of {@code message} under the purpose's key. */
    public byte[] hmac(Purpose purpose, String message) {
        return hmac(key(purpose), message.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "Keys[…]";
    }
}
