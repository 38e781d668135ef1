package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * An opening's own row. Its target groups and skills live in join tables, its shifts in {@code shift}. {@code version}
 * grows by one on every change of the row and guards concurrent edits.
 */
@MappedEntity("opening")
record OpeningEntity(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long projectId,
        String title,
        String description,
        String regionCode,
        String meetingPlace,
        String categoryCode,
        boolean adultsOnly,
        String screening,
        Instant signupDeadline,
        String contactName,
        String contactPhone,
        String status,
        @Nullable String statusReason,
        boolean demo,
        @Nullable Long createdBy,
        @Nullable Instant publishedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    OpeningEntity withStatus(String newStatus, @Nullable String reason, @Nullable Instant published) {
        return new OpeningEntity(
                id,
                organisationId,
                projectId,
                title,
                description,
                regionCode,
                meetingPlace,
                categoryCode,
                adultsOnly,
                screening,
                signupDeadline,
                contactName,
                contactPhone,
                newStatus,
                reason,
                demo,
                createdBy,
                published,
                version,
                createdAt,
                updatedAt);
    }
}
