package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code organisation_invitation}: a phone number or e-mail address (normalised) invited as staff. Pending
 * while none of accepted, declined or revoked is set. Personal data: never logged, shown masked.
 */
@MappedEntity("organisation_invitation")
record OrganisationInvitation(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String identifierKind,
        String identifier,
        String role,
        long invitedBy,
        @DateCreated @Nullable Instant createdAt,
        @Nullable Instant acceptedAt,
        @Nullable Instant declinedAt,
        @Nullable Instant revokedAt) {}
