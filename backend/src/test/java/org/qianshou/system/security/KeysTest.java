package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeysTest {

    private static final String MASTER = "a-master-secret-of-at-least-thirty-two-characters";

    @Test
    void everyPurposeHasItsOwnKeyAndNoneIsTheMasterSecret() {
        Keys keys = new Keys(MASTER);
        Set<String> distinct = Arrays.stream(Keys.Purpose.values())
                .map(p -> HexFormat.of().formatHex(keys.key(p)))
                .collect(Collectors.toSet());
        assertThat(distinct).hasSize(Keys.Purpose.values().length);
        byte[] master = MASTER.getBytes(StandardCharsets.UTF_8);
        for (Keys.Purpose purpose : Keys.Purpose.values()) {
            assertThat(keys.key(purpose)).hasSize(32).isNotEqualTo(master);
            // A keyed hash under the master secret itself (what the JWT signing key once fed) is not what a purpose
            // gets.
            assertThat(keys.hmac(purpose, "x")).isNotEqualTo(Keys.hmac(master, "x".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void keysAreStableForOneMasterAndDifferForAnother() {
        assertThat(new Keys(MASTER).key(Keys.Purpose.CSRF)).isEqualTo(new Keys(MASTER).key(Keys.Purpose.CSRF));
        assertThat(new Keys(MASTER + "!").key(Keys.Purpose.CSRF)).isNotEqualTo(new Keys(MASTER).key(Keys.Purpose.CSRF));
    }

    @Test
    void theDerivationIsHkdfSha256() {
        // RFC 5869, test case 1 would need a binary salt; this checks our composition against a direct computation.
        byte[] prk = Keys.hmac(
                "qianshou key derivation salt v1".getBytes(StandardCharsets.UTF_8),
                MASTER.getBytes(StandardCharsets.UTF_8));
        byte[] info = (Keys.Purpose.THROTTLE.label() + "\u0001").getBytes(StandardCharsets.UTF_8);
        assertThat(new Keys(MASTER).key(Keys.Purpose.THROTTLE)).isEqualTo(Keys.hmac(prk, info));
    }

    @Test
    void csrfTokensAndThrottleHashesUseTheirPurposesKeys() {
        Keys keys = new Keys(MASTER);
        String csrf = new Csrf(keys).token("session-1");
        byte[] expected = Keys.hmac(keys.key(Keys.Purpose.CSRF), "csrf:session-1".getBytes(StandardCharsets.UTF_8));
        assertThat(csrf)
                .isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
        byte[] underMaster =
                Keys.hmac(MASTER.getBytes(StandardCharsets.UTF_8), "csrf:session-1".getBytes(StandardCharsets.UTF_8));
        assertThat(csrf)
                .isNotEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(underMaster));
    }

    @Test
    void throttleKeysAreHashedUnderTheThrottleKeyNotUnderTheSigningSecret() {
        // The master defaults to QIANSHOU_JWT_SECRET: a hash under it would be a hash under the signing key.
        Keys keys = new Keys(MASTER);
        byte[] stored = new PostgresThrottle(null, keys).hash("203.0.113.7");
        byte[] message = "throttle:203.0.113.7".getBytes(StandardCharsets.UTF_8);
        assertThat(stored).isEqualTo(Keys.hmac(keys.key(Keys.Purpose.THROTTLE), message));
        assertThat(stored).isNotEqualTo(Keys.hmac(MASTER.getBytes(StandardCharsets.UTF_8), message));
        for (Keys.Purpose other : Keys.Purpose.values()) {
            if (other != Keys.Purpose.THROTTLE) {
                assertThat(stored).isNotEqualTo(Keys.hmac(keys.key(other), message));
            }
        }
    }

    @Test
    void aBlankMasterIsRefused() {
        assertThatThrownBy(() -> new Keys(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
