package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A shift as staff enter it: a day and start and end times in Asia/Shanghai ({@code end} after {@code start}, the same
 * day), and how many volunteers it takes (1 to {@value #MAX_CAPACITY}, checked by {@code OpeningValidation} so the
 * problem names the shift's {@code capacity}). An edit names the shift's {@code version}.
 */
@Serdeable
public record ShiftRequest(
        @NotNull LocalDate date,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @NotNull Integer capacity,
        @Nullable Long version) {

    public static final int MAX_CAPACITY = 100_000;
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    Instant startsAt() {
        return date.atTime(start).atZone(ZONE).toInstant();
    }

    Instant endsAt() {
        return date.atTime(end).atZone(ZONE).toInstant();
    }
}
