package org.qianshou.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.qianshou.system.security.Keys;

/** Sign-up and reset codes are hashed under the one-time-code purpose's derived key, never under the master secret. */
class SecretKeysTest {

    private static final String MASTER = "a-master-secret-of-at-least-thirty-two-characters";

    @Test
    void codesAreHashedUnderTheOneTimeCodeKeyNotUnderTheSigningSecret() throws Exception {
        Keys keys = new Keys(MASTER);
        byte[] hash = new SecretKeys(keys).codeHash("signup", "li@example.org", "123456");
        String message = "signup\nli@example.org\n123456";
        assertThat(hash).isEqualTo(hmac(keys.key(Keys.Purpose.ONE_TIME_CODE), message));
        // The master defaults to QIANSHOU_JWT_SECRET: a hash under it would be a hash under the signing key.
        assertThat(hash).isNotEqualTo(hmac(MASTER.getBytes(StandardCharsets.UTF_8), message));
        for (Keys.Purpose other : Keys.Purpose.values()) {
            if (other != Keys.Purpose.ONE_TIME_CODE) {
                assertThat(hash).isNotEqualTo(hmac(keys.key(other), message));
            }
        }
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
