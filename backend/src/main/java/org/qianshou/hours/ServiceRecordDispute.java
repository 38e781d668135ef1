package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A volunteer's dispute of one version of a record; a correction resolves it. */
@MappedEntity("service_record_dispute")
record ServiceRecordDispute(
        @Id @GeneratedValue @Nullable Long id,
        long recordId,
        int recordVersion,
        long volunteerAccountId,
        String reason,
        String status,
        @DateCreated @Nullable Instant createdAt,
        @Nullable Instant resolvedAt,
        @Nullable Long resolvedBy,
        @Nullable Integer resolvedVersion) {

    static final String OPEN = "open";
    static final String RESOLVED = "resolved";
}
