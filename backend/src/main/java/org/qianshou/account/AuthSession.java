package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code auth_session} (V5): one signed-in session, named by the access token's {@code sid}. The refresh
 * token's key is stored only as its SHA-256, and forgotten when the session is logged out.
 */
@MappedEntity("auth_session")
record AuthSession(
        @Id UUID id,
        long accountId,
        @Nullable byte[] refreshHash,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt) {

    @Override
    public String toString() {
        return "AuthSession[id=" + id + "]";
    }
}
