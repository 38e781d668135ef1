package org.qianshou.volunteer;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.qianshou.system.security.Keys;

/**
 * Encrypts volunteers' ID numbers at rest and hashes them for uniqueness (ADR 0008).
 *
 * <p>Encryption: AES-256-GCM, a fresh random 96-bit nonce per encryption, a 128-bit tag; stored as
 * {@code nonce ‖ ciphertext ‖ tag} with the id of the key next to it. The associated data binds a ciphertext to its
 * volunteer's account and key id, so that a ciphertext copied into another row does not decrypt. Keys come from
 * {@link IdKeysConfiguration}; the key derived from the master secret ({@link Keys.Purpose#ID_NUMBER_ENCRYPTION}, id
 * {@value #DERIVED_KEY_ID}) is always there, as the current key when none is configured (local runs, tests) and to
 * decrypt what it encrypted once keys are configured.
 *
 * <p>Uniqueness: HMAC-SHA256 of type and normalised number under {@link Keys.Purpose#ID_NUMBER_HASH}'s key.
 *
 * <p>Created at start-up, so that a bad key configuration stops the start. No method puts a number or key in a
 * message.
 */
@Context
class IdNumberCipher {

    static final String DERIVED_KEY_ID = "master-v1";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,39}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed number: the key's id and {@code nonce ‖ ciphertext ‖ tag}. */
    record Sealed(String keyId, byte[] bytes) {
        @Override
        public String toString() {
            return "Sealed[" + keyId + ", " + bytes.length + " bytes]";
        }
    }

    private final Keys keys;
    private final Map<String, SecretKey> secretKeys;
    private final String current;

    @Inject
    IdNumberCipher(Keys keys, IdKeysConfiguration configuration) {
        this.keys = keys;
        Map<String, SecretKey> all = new LinkedHashMap<>();
        all.put(DERIVED_KEY_ID, new SecretKeySpec(keys.key(Keys.Purpose.ID_NUMBER_ENCRYPTION), "AES"));
        all.putAll(parse(configuration.keys()));
        String configuredCurrent = blankToNull(configuration.current());
        if (all.size() > 1 && configuredCurrent == null) {
            throw new IllegalStateException("qianshou.volunteer.id-keys.current (QIANSHOU_ID_KEY_CURRENT) must name"
                    + " one of the configured keys");
        }
        String chosen = configuredCurrent == null ? DERIVED_KEY_ID : configuredCurrent;
        if (!all.containsKey(chosen)) {
            throw new IllegalStateException("qianshou.volunteer.id-keys.current names no configured key: " + chosen);
        }
        this.secretKeys = Collections.unmodifiableMap(all);
        this.current = chosen;
    }

    /** The id of the key new numbers are encrypted with. */
    String currentKeyId() {
        return current;
    }

    /** The ids of every key that can decrypt. */
    Set<String> keyIds() {
        return secretKeys.keySet();
    }

    /** Encrypts the number of the volunteer with the current key. */
    Sealed seal(long accountId, String number) {
        return seal(accountId, number, current);
    }

    /** Encrypts under the named key (tests, and nothing else, choose a key that is not current). */
    Sealed seal(long accountId, String number, String keyId) {
        SecretKey key = key(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId, keyId));
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            return new Sealed(
                    keyId,
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "AES-GCM encryption failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Decrypts a stored number; fails (without saying what it held) for an unknown key or a tampered value. */
    String open(long accountId, String keyId, byte[] bytes) {
        SecretKey key = key(keyId);
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("stored ID number of account " + accountId + " is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId, keyId));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored ID number of account " + accountId + " does not decrypt under key "
                    + keyId + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The keyed hash that makes one ID number one volunteer: HMAC of the type and the normalised number. */
    byte[] hash(String type, String normalisedNumber) {
        return keys.hmac(Keys.Purpose.ID_NUMBER_HASH, type + "\n" + normalisedNumber);
    }

    private SecretKey key(String keyId) {
        SecretKey key = secretKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no ID number key with id " + keyId + " is configured");
        }
        return key;
    }

    private static byte[] associatedData(long accountId, String keyId) {
        return ("qianshou/volunteer/" + accountId + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code id:base64,id:base64}; the error names the entry's position, never its key. */
    static Map<String, SecretKey> parse(@Nullable String list) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        if (blankToNull(list) == null) {
            return parsed;
        }
        String[] entries = list.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            String where = "qianshou.volunteer.id-keys.keys (QIANSHOU_ID_KEYS), entry " + (i + 1) + ": ";
            if (colon < 0) {
                throw new IllegalStateException(where + "expected id:base64-key");
            }
            String id = entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches() || DERIVED_KEY_ID.equals(id)) {
                throw new IllegalStateException(
                        where + "the key id must be 1-40 characters of a-z 0-9 . _ - and not " + DERIVED_KEY_ID);
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "the key is not Base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException(where + "the key must be 32 bytes (AES-256), not " + key.length);
            }
            if (parsed.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException(where + "the key id " + id + " appears twice");
            }
        }
        return parsed;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "IdNumberCipher[current=" + current + ", keys=" + secretKeys.keySet() + "]";
    }
}
