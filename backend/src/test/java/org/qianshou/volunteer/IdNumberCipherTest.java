package org.qianshou.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.qianshou.system.security.Keys;
import org.qianshou.testing.IdNumbersForTests;

class IdNumberCipherTest {

    private static final Keys KEYS = new Keys("a master secret of at least thirty-two characters");
    private static final String NUMBER = IdNumbersForTests.residentId(LocalDate.of(1990, 3, 8));

    @Test
    void withoutConfiguredKeysTheKeyDerivedFromTheMasterSecretEncrypts() {
        IdNumberCipher cipher = new IdNumberCipher(KEYS, config(null, ""));
        assertThat(cipher.currentKeyId()).isEqualTo(IdNumberCipher.DERIVED_KEY_ID);
        IdNumberCipher.Sealed sealed = cipher.seal(7, NUMBER);
        assertThat(sealed.keyId()).isEqualTo("master-v1");
        assertThat(cipher.open(7, sealed.keyId(), sealed.bytes())).isEqualTo(NUMBER);
        // nonce (12) + 18 bytes + tag (16)
        assertThat(sealed.bytes()).hasSize(12 + 18 + 16);
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(NUMBER.substring(6, 14));
        assertThat(sealed.toString()).doesNotContain(NUMBER);
    }

    @Test
    void everyEncryptionTakesAFreshNonce() {
        IdNumberCipher cipher = new IdNumberCipher(KEYS, config(null, null));
        byte[] a = cipher.seal(7, NUMBER).bytes();
        byte[] b = cipher.seal(7, NUMBER).bytes();
        assertThat(a).isNotEqualTo(b);
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
    }

    @Test
    void aCiphertextOpensOnlyForItsOwnAccountAndUntampered() {
        IdNumberCipher cipher = new IdNumberCipher(KEYS, config(null, null));
        IdNumberCipher.Sealed sealed = cipher.seal(7, NUMBER);
        assertThatThrownBy(() -> cipher.open(8, sealed.keyId(), sealed.bytes()))
                .isInstanceOf(IllegalStateException.class)
                .message()
                .doesNotContain(NUMBER);
        byte[] tampered = sealed.bytes().clone();
        tampered[20] ^= 1;
        assertThatThrownBy(() -> cipher.open(7, sealed.keyId(), tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(7, "unknown", sealed.bytes()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown");
    }

    @Test
    void keysRotateOldOnesStillDecryptAndTheCurrentOneEncrypts() {
        String old = key();
        String fresh = key();
        IdNumberCipher before = new IdNumberCipher(KEYS, config("k2025", "k2025:" + old));
        IdNumberCipher.Sealed underOld = before.seal(42, NUMBER);
        IdNumberCipher.Sealed underDerived = before.seal(42, NUMBER, IdNumberCipher.DERIVED_KEY_ID);
        assertThat(underOld.keyId()).isEqualTo("k2025");

        IdNumberCipher after = new IdNumberCipher(KEYS, config("k2026", " k2025:" + old + " , k2026:" + fresh));
        assertThat(after.keyIds()).containsExactly("master-v1", "k2025", "k2026");
        assertThat(after.open(42, "k2025", underOld.bytes())).isEqualTo(NUMBER);
        assertThat(after.open(42, "master-v1", underDerived.bytes())).isEqualTo(NUMBER);
        IdNumberCipher.Sealed underNew = after.seal(42, NUMBER);
        assertThat(underNew.keyId()).isEqualTo("k2026");
        assertThatThrownBy(() -> before.open(42, "k2026", underNew.bytes())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadConfigurationStopsTheStartWithoutShowingAKey() {
        String good = key();
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config("a", "a:" + shortKey)))
                .hasMessageContaining("32 bytes")
                .message()
                .doesNotContain(shortKey);
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config("a", "a:not base64!")))
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config(null, "a:" + good)))
                .hasMessageContaining("QIANSHOU_ID_KEY_CURRENT")
                .message()
                .doesNotContain(good);
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config("b", "a:" + good)))
                .hasMessageContaining("names no configured key");
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config("master-v1", "master-v1:" + good)))
                .hasMessageContaining("master-v1");
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config("a", "a:" + good + ",a:" + good)))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new IdNumberCipher(KEYS, config("a", good)))
                .hasMessageContaining("id:base64")
                .message()
                .doesNotContain(good);
    }

    @Test
    void theUniquenessHashIsKeyedAndCoversTheType() {
        IdNumberCipher cipher = new IdNumberCipher(KEYS, config(null, null));
        byte[] hash = cipher.hash("resident-id", NUMBER);
        assertThat(hash).hasSize(32).isEqualTo(cipher.hash("resident-id", NUMBER));
        assertThat(hash).isNotEqualTo(cipher.hash("passport", NUMBER));
        IdNumberCipher other =
                new IdNumberCipher(new Keys("another master secret of thirty-two characters"), config(null, null));
        assertThat(other.hash("resident-id", NUMBER)).isNotEqualTo(hash);
        assertThat(hash).isNotEqualTo(KEYS.hmac(Keys.Purpose.ID_NUMBER_ENCRYPTION, "resident-id\n" + NUMBER));
    }

    private static IdKeysConfiguration config(String current, String keys) {
        return new IdKeysConfiguration(current, keys, true);
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
