package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A volunteer record (志愿服务记录): one per sign-up. What it says is in its versions
 * ({@link ServiceRecordVersion}); the row holds who and where it belongs, the volunteer's name and masked ID number
 * as they were when it was made, and the pointers that change: status and current version.
 */
@MappedEntity("service_record")
record ServiceRecord(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long volunteerAccountId,
        long shiftId,
        long signupId,
        String volunteerName,
        String idNumberMasked,
        String status,
        int currentVersion,
        @Nullable Instant confirmedAt,
        @Nullable Long confirmedBy,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String DRAFT = "draft";
    static final String CONFIRMED = "confirmed";
    static final String DISPUTED = "disputed";
}
