package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * An opening in its organisation's list. Times are in Asia/Shanghai ({@code +08:00}).
 *
 * @param shiftCount all its shifts, cancelled ones included
 * @param nextShiftStartsAt when its next open shift starts ({@code null} when none is ahead)
 * @param lastEndsAt when its last open shift ends ({@code null} without one)
 * @param capacity places of its open shifts together
 * @param confirmed confirmed sign-ups of its open shifts together
 * @param freePlaces free places of its open shifts together
 */
@Serdeable
public record OpeningSummary(
        long id,
        String title,
        String status,
        long projectId,
        String projectTitle,
        String regionCode,
        String regionPath,
        OffsetDateTime signupDeadline,
        int shiftCount,
        @Nullable OffsetDateTime nextShiftStartsAt,
        @Nullable OffsetDateTime lastEndsAt,
        long capacity,
        long confirmed,
        long freePlaces,
        boolean demo,
        long version,
        OffsetDateTime updatedAt) {}
