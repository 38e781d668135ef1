package org.qianshou.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qianshou.system.Messages;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/** The first administrator's password (QIANSHOU_ADMIN_PASSWORD) passes the policy every other password passes. */
class BootstrapAdminPasswordTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final Messages MESSAGES = new Messages();
    private static final Identifier ADMIN = new Identifier(Identifiers.Kind.EMAIL, "admin@qianshou.local");

    @Test
    void aCommonOrRepetitivePasswordStopsTheStartSayingWhy() {
        assertThatThrownBy(() -> AccountAdministrationService.requireAcceptable(POLICY, MESSAGES, ADMIN, "88888888"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QIANSHOU_ADMIN_PASSWORD")
                .hasMessageContaining("most common passwords")
                .hasMessageContaining("最常见的密码");
        assertThatThrownBy(
                        () -> AccountAdministrationService.requireAcceptable(POLICY, MESSAGES, ADMIN, "abababababab"))
                .hasMessageContaining("at least 3 different characters");
        assertThatThrownBy(() -> AccountAdministrationService.requireAcceptable(POLICY, MESSAGES, ADMIN, "admin"))
                .hasMessageContaining("8 to 128");
        assertThatThrownBy(() ->
                        AccountAdministrationService.requireAcceptable(POLICY, MESSAGES, ADMIN, "admin@qianshou.local"))
                .hasMessageContaining("e-mail address");
    }

    @Test
    void whatTheScriptsGenerateIsAccepted() {
        // infra/run.sh generates 64 random hex characters (qs_secret), infra/test.sh 32; the ITs use
        // Api.ADMIN_PASSWORD.
        assertThatCode(() -> AccountAdministrationService.requireAcceptable(
                        POLICY, MESSAGES, ADMIN, "3f9c2a71d04be85e6a1c9f03b7d2e410"))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccountAdministrationService.requireAcceptable(
                        POLICY, MESSAGES, ADMIN, org.qianshou.testing.Api.ADMIN_PASSWORD))
                .doesNotThrowAnyException();
    }
}
