package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An agency, funder or university. Verification and membership arrive with accounts. */
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String kind,
        String regionCode,
        String description,
        boolean demo,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public static final java.util.Set<String> KINDS = java.util.Set.of("agency", "funder", "university");
}
