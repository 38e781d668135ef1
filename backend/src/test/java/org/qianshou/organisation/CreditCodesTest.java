package org.qianshou.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void acceptsCodesWhoseCheckCharacterIsRight() {
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.isValid("9144030071526726XG")).isTrue();
        assertThat(CreditCodes.isValid("91330100716105852F")).isTrue();
        assertThat(CreditCodes.isValid("52530000MJ00000019")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodes.isValid("915300007189223415")).isFalse();
        assertThat(CreditCodes.checkCharacter("91530000718922341")).isEqualTo('2');
    }

    @Test
    void refusesWrongLengthLettersOutsideTheAlphabetAndLettersInTheRegionPart() {
        assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCodes.isValid("91350100M000100Y433")).isFalse();
        assertThat(CreditCodes.isValid("91350100I000100Y43"))
                .as("I is not in the alphabet")
                .isFalse();
        assertThat(CreditCodes.isValid("913501A0M000100Y43"))
                .as("positions 3-8 are digits")
                .isFalse();
        assertThat(CreditCodes.isValid(null)).isFalse();
        assertThat(CreditCodes.isValid("")).isFalse();
    }

    @Test
    void normalisesCaseAndSurroundingSpaces() {
        assertThat(CreditCodes.normalise(" 91350100m000100y43 ")).contains("91350100M000100Y43");
        assertThat(CreditCodes.normalise("91350100m000100y44")).isEmpty();
        assertThat(CreditCodes.normalise(null)).isEmpty();
    }

    @Test
    void everyCheckCharacterCanOccur() {
        // Changing the last data character walks the check character through the whole alphabet.
        var seen = new java.util.HashSet<Character>();
        for (char c : CreditCodes.ALPHABET.toCharArray()) {
            String first17 = "5253000000000000" + c;
            char check = CreditCodes.checkCharacter(first17);
            assertThat(CreditCodes.isValid(first17 + check)).isTrue();
            seen.add(check);
        }
        assertThat(seen).hasSize(31);
    }
}
