package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code signup_request} (V5): a sign-up waiting for the code sent to its identifier, and for the handle
 * that only the browser which started it holds (both stored as hashes).
 */
@MappedEntity("signup_request")
record PendingSignup(
        @Id @GeneratedValue @Nullable Long id,
        String identifier,
        byte[] handleHash,
        byte[] codeHash,
        String displayName,
        String passwordHash,
        String language,
        boolean volunteer,
        int attempts,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    @Override
    public String toString() {
        return "PendingSignup[id=" + id + "]";
    }
}
