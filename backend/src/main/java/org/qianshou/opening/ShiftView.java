package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * A shift with its places: {@code free} is what is left of {@code capacity} after the confirmed sign-ups (0 for a
 * cancelled shift or one that has begun), {@code waitlisted} how many wait for a place.
 *
 * @param status {@code open} or {@code cancelled}
 */
@Serdeable
public record ShiftView(
        long id,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int capacity,
        int confirmed,
        int free,
        long waitlisted,
        String status,
        @Nullable String statusReason,
        long version) {}
