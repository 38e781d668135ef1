package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CsrfTest {

    private static final String SECRET = "a-test-secret-that-is-at-least-32-bytes-long";
    private final Csrf csrf = new Csrf(SECRET);

    @Test
    void theTokenIsTheBase64urlHmacOfTheSessionIdUnderTheCsrfKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new Keys(SECRET).key(Keys.Purpose.CSRF), "HmacSHA256"));
        String expected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal("csrf:s-1".getBytes(StandardCharsets.UTF_8)));

        assertThat(csrf.token("s-1")).isEqualTo(expected).hasSize(43).doesNotContain("+", "/", "=");
    }

    @Test
    void tokensDifferBySessionAndBySecret() {
        assertThat(csrf.token("s-1")).isNotEqualTo(csrf.token("s-2"));
        assertThat(new Csrf(SECRET + "x").token("s-1")).isNotEqualTo(csrf.token("s-1"));
    }

    @Test
    void matchesOnlyTheSessionsOwnToken() {
        assertThat(csrf.matches("s-1", csrf.token("s-1"))).isTrue();
        assertThat(csrf.matches("s-1", csrf.token("s-2"))).isFalse();
        assertThat(csrf.matches("s-1", null)).isFalse();
        assertThat(csrf.matches("s-1", "")).isFalse();
        assertThat(csrf.matches(null, csrf.token("s-1"))).isFalse();
        assertThat(csrf.matches("s-1", csrf.token("s-1") + "x")).isFalse();
    }

    @Test
    void aSessionIdIsRequired() {
        assertThatThrownBy(() -> csrf.token("")).isInstanceOf(IllegalArgumentException.class);
    }
}
