package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code organisation_member}: an account works for an organisation as its {@code owner} or {@code staff}. */
@MappedEntity("organisation_member")
record OrganisationMember(
        @EmbeddedId Key id,
        String role,
        @DateCreated @Nullable Instant joinedAt) {

    /** The primary key: one row per organisation and account. */
    @Embeddable
    record Key(
            @MappedProperty("organisation_id") long organisationId,
            @MappedProperty("account_id") long accountId) {}
}
