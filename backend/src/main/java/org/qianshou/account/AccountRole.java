package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code account_role} (V5): one global role of one account. */
@MappedEntity("account_role")
record AccountRole(
        @EmbeddedId Key id, @DateCreated @Nullable Instant grantedAt) {

    /** The primary key: the account and the role. */
    @Embeddable
    record Key(
            @MappedProperty("account_id") long accountId,
            @MappedProperty("role") String role) {}

    static AccountRole of(long accountId, String role) {
        return new AccountRole(new Key(accountId, role), null);
    }
}
