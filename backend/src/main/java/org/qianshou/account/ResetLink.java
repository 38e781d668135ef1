package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code one_time_token} (V5) for a password reset link; only the SHA-256 of the link's token is kept. */
@MappedEntity("one_time_token")
record ResetLink(
        @Id @GeneratedValue @Nullable Long id,
        long accountId,
        String purpose,
        byte[] tokenHash,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    static final String PASSWORD_RESET = "password-reset";

    static ResetLink create(long accountId, byte[] tokenHash, Instant expiresAt) {
        return new ResetLink(null, accountId, PASSWORD_RESET, tokenHash, null, expiresAt, null);
    }

    @Override
    public String toString() {
        return "ResetLink[id=" + id + "]";
    }
}
