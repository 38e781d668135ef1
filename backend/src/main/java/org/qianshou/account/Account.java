package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code account} (V5): a person's sign-in identity. Never serialised: it holds the password hash and
 * the identifiers unmasked.
 */
@MappedEntity("account")
record Account(
        @Id @GeneratedValue @Nullable Long id,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        String passwordHash,
        String language,
        String status,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String ACTIVE = "active";

    /** A new active account. */
    static Account create(
            String displayName, @Nullable String email, @Nullable String phone, String passwordHash, String language) {
        return new Account(null, displayName, email, phone, passwordHash, language, ACTIVE, null, null);
    }

    @Override
    public String toString() {
        return "Account[id=" + id + "]";
    }
}
