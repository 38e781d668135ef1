package org.qianshou.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final Identifier EMAIL = new Identifier(Identifiers.Kind.EMAIL, "wang.fang@example.org");
    private static final Identifier PHONE = new Identifier(Identifiers.Kind.PHONE, "13912345678");

    @Test
    void theBundledListHoldsThousandsOfCommonPasswords() {
        for (String common :
                List.of("12345678", "password", "PASSWORD", "qwertyuiop", "1qaz2wsx", "iloveyou", "a123456789")) {
            assertThat(POLICY.isCommon(common)).as(common).isTrue();
        }
        assertThat(POLICY.isCommon("correct horse 1")).isFalse();
    }

    @Test
    void theTopChinesePasswordsAreCommonToo() {
        for (String common : List.of(
                "00000000",
                "88888888",
                "66666666",
                "123123123",
                "987654321",
                "woaini1314",
                "5201314520",
                "dearbook",
                "qwe123456",
                "1qaz2wsx",
                "a123456",
                "123456789a",
                "aa123456",
                "WOAINI520")) {
            assertThat(POLICY.isCommon(common)).as(common).isTrue();
        }
    }

    @Test
    void aPasswordOfAtMostTwoDistinctCharactersIsRefused() {
        assertThat(keys("zzzzzzzzzzzz", List.of(), null)).containsExactly("field.password.simple");
        assertThat(keys("abababababab", List.of(), null)).containsExactly("field.password.simple");
        assertThat(keys("91919191919", List.of(), null)).containsExactly("field.password.simple");
        assertThat(keys("aab aab aab", List.of(), null)).isEmpty();
    }

    @Test
    void eachRuleNamesTheField() {
        assertThat(keys("short", List.of(), null)).containsExactly("field.password.length");
        assertThat(keys(null, List.of(), null)).containsExactly("field.password.length");
        assertThat(keys("Password", List.of(), null)).containsExactly("field.password.common");
        assertThat(keys("wang.fang@example.org", List.of(EMAIL), null)).containsExactly("field.password.identifier");
        assertThat(keys("WANG.FANG", List.of(EMAIL), null)).containsExactly("field.password.identifier");
        assertThat(keys("+86 139 1234 5678", List.of(EMAIL, PHONE), null)).containsExactly("field.password.identifier");
        assertThat(keys("13912345678", List.of(PHONE), null)).containsExactly("field.password.identifier");
        assertThat(keys("old password 1", List.of(), "old password 1")).containsExactly("field.password.current");
        assertThat(keys("a sound passphrase", List.of(EMAIL, PHONE), "old password 1"))
                .isEmpty();
    }

    private static List<String> keys(String password, List<Identifier> identifiers, String current) {
        List<Violation> violations = new ArrayList<>();
        POLICY.check("newPassword", password, identifiers, current, violations);
        assertThat(violations).allSatisfy(v -> assertThat(v.field()).isEqualTo("newPassword"));
        return violations.stream().map(Violation::messageKey).toList();
    }
}
