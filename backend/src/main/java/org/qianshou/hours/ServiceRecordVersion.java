package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One version of what a record says (append-only: the table refuses updates and deletes). Hours are the time
 * actually serving, in minutes, travel excluded.
 */
@MappedEntity("service_record_version")
record ServiceRecordVersion(
        @Id @GeneratedValue @Nullable Long id,
        long recordId,
        int version,
        String activity,
        String place,
        Instant startsAt,
        Instant endsAt,
        int minutes,
        String content,
        @Nullable String evaluation,
        String organisationName,
        long recordedBy,
        @DateCreated @Nullable Instant recordedAt,
        @Nullable String correctionReason) {

    /** The next version with other minutes, content and evaluation, recorded by someone else, maybe for a reason. */
    ServiceRecordVersion next(
            int minutes,
            String content,
            @Nullable String evaluation,
            long recordedBy,
            @Nullable String correctionReason) {
        return new ServiceRecordVersion(
                null,
                recordId,
                version + 1,
                activity,
                place,
                startsAt,
                endsAt,
                minutes,
                content,
                evaluation,
                organisationName,
                recordedBy,
                null,
                correctionReason);
    }
}
