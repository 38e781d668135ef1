package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What the API shows of accounts and sessions. Identifiers only masked. */
final class AccountViews {

    private AccountViews() {}

    @Serdeable
    record Membership(long organisationId, String organisationName, String organisationStatus, String role) {}

    @Serdeable
    record AccountView(
            long id,
            String displayName,
            @Nullable String maskedEmail,
            @Nullable String maskedPhone,
            List<String> roles,
            String language,
            List<Membership> memberships) {}

    @Serdeable
    record Session(@Nullable AccountView account, @Nullable String csrfToken) {}

    /** The answer to a sign-up: the handle must come back with the code (random even when nothing was stored). */
    @Serdeable
    record SignupStarted(String status, String handle) {}

    @Serdeable
    record Sent(String status) {
        static final Sent SENT = new Sent("sent");
    }

    @Serdeable
    record AccountSummary(
            long id,
            String displayName,
            @Nullable String maskedEmail,
            @Nullable String maskedPhone,
            List<String> roles,
            String status,
            java.time.Instant createdAt) {}
}
