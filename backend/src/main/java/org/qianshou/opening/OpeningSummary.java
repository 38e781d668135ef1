package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * An opening in its organisation's list.
 *
 * @param firstStartsAt when its first open shift starts ({@code null} without one)
 * @param lastEndsAt when its last open shift ends ({@code null} without one)
 * @param capacity places of its open shifts together
 * @param confirmed confirmed sign-ups of its open shifts together
 */
@Serdeable
public record OpeningSummary(
        long id,
        String status,
        String title,
        long projectId,
        String projectTitle,
        String regionCode,
        String regionPath,
        OffsetDateTime signupDeadline,
        int shifts,
        @Nullable OffsetDateTime firstStartsAt,
        @Nullable OffsetDateTime lastEndsAt,
        long capacity,
        long confirmed,
        boolean demo,
        long version,
        OffsetDateTime updatedAt) {}
