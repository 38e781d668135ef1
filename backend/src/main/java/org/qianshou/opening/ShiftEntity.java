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
 * A shift of an opening. {@code confirmedCount} is kept by the sign-up service under the shift's row lock (through
 * {@link Shifts#confirmedCountChanged}); {@code version} guards the agency's edits only.
 */
@MappedEntity("shift")
record ShiftEntity(
        @Id @GeneratedValue @Nullable Long id,
        long openingId,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int confirmedCount,
        String status,
        @Nullable String statusReason,
        String checkInCode,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String OPEN = "open";
    static final String CANCELLED = "cancelled";

    boolean open() {
        return OPEN.equals(status);
    }

    ShiftEntity withTimes(Instant start, Instant end, int newCapacity) {
        return new ShiftEntity(
                id,
                openingId,
                start,
                end,
                newCapacity,
                confirmedCount,
                status,
                statusReason,
                checkInCode,
                version,
                createdAt,
                updatedAt);
    }

    ShiftEntity cancelled(String reason) {
        return new ShiftEntity(
                id,
                openingId,
                startsAt,
                endsAt,
                capacity,
                confirmedCount,
                CANCELLED,
                reason,
                checkInCode,
                version,
                createdAt,
                updatedAt);
    }
}
