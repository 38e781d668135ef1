package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A call's own row ({@code funding_call}, V11). Its eligible subtypes, target groups, sections, tranche schedule and
 * rubric live in child tables ({@link CallPartsRepository}). {@code committedFen} belongs to the award service: this
 * feature writes it back only as it read it under the row lock ({@link CallRepository#findByIdForUpdate}).
 */
@MappedEntity("funding_call")
record CallEntity(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String title,
        String description,
        String fundingTypeCode,
        @Nullable String programmeCode,
        long poolFen,
        long committedFen,
        long maxAwardFen,
        int managementFeeCapBp,
        String regionCode,
        String regionBasis,
        int minSocialWorkers,
        Instant opensAt,
        Instant closesAt,
        boolean twoStage,
        @Nullable Instant conceptClosesAt,
        boolean blindReview,
        int scoreMin,
        int scoreMax,
        int reportIntervalMonths,
        String status,
        @Nullable String statusReason,
        @Nullable Instant publishedAt,
        boolean demo,
        long createdBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    CallEntity withStatus(String newStatus, @Nullable String reason, @Nullable Instant published) {
        return new CallEntity(
                id,
                organisationId,
                title,
                description,
                fundingTypeCode,
                programmeCode,
                poolFen,
                committedFen,
                maxAwardFen,
                managementFeeCapBp,
                regionCode,
                regionBasis,
                minSocialWorkers,
                opensAt,
                closesAt,
                twoStage,
                conceptClosesAt,
                blindReview,
                scoreMin,
                scoreMax,
                reportIntervalMonths,
                newStatus,
                reason,
                published,
                demo,
                createdBy,
                version,
                createdAt,
                updatedAt);
    }
}
