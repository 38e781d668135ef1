package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;

/**
 * A sign-up as the hours feature needs it ({@link Attendances}).
 *
 * @param status {@code pending}, {@code confirmed}, {@code waitlisted}, {@code declined}, {@code cancelled} or
 *     {@code shift-cancelled}
 * @param attendance {@code attended}, {@code no-show}, or {@code null} while nobody has marked it
 */
public record AttendanceFacts(
        long signupId,
        long shiftId,
        long volunteerAccountId,
        String status,
        @Nullable String attendance) {}
