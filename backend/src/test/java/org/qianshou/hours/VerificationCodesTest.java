package org.qianshou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesCarryAtLeast128RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).matches("[A-Za-z0-9_-]{24}");
            assertThat(Base64.getUrlDecoder().decode(code)).hasSize(VerificationCodes.BYTES);
            assertThat(VerificationCodes.plausible(code)).isTrue();
            seen.add(code);
        }
        assertThat(VerificationCodes.BYTES * 8).isGreaterThanOrEqualTo(128);
        assertThat(seen).hasSize(2000);
    }

    @Test
    void textThatCannotBeACodeIsNotPlausible() {
        assertThat(VerificationCodes.plausible("short")).isFalse();
        assertThat(VerificationCodes.plausible("../../etc/passwd-aaaaaaaaaaaa")).isFalse();
        assertThat(VerificationCodes.plausible(null)).isFalse();
    }

    @Test
    void hoursAreMinutesOverSixtyWithAtMostTwoDecimals() {
        assertThat(Hours.of(210)).isEqualTo("3.5");
        assertThat(Hours.of(60)).isEqualTo("1");
        assertThat(Hours.of(200)).isEqualTo("3.33");
        assertThat(Hours.of(1440)).isEqualTo("24");
    }
}
