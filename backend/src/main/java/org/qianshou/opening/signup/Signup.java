package org.qianshou.opening.signup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A volunteer's sign-up for a shift. Arrival order is the id: the waitlist is served in id order. At most one
 * live sign-up (pending, confirmed, waitlisted) per volunteer and shift (a unique index).
 */
@MappedEntity("signup")
record Signup(
        @Id @GeneratedValue @Nullable Long id,
        long shiftId,
        long volunteerAccountId,
        String status,
        @Nullable String statusReason,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String attendance,
        @Nullable Instant attendanceAt,
        @Nullable Long attendanceBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String PENDING = "pending";
    static final String CONFIRMED = "confirmed";
    static final String WAITLISTED = "waitlisted";
    static final String DECLINED = "declined";
    static final String CANCELLED = "cancelled";
    static final String SHIFT_CANCELLED = "shift-cancelled";

    static final String ATTENDED = "attended";
    static final String NO_SHOW = "no-show";

    static Signup arriving(long shiftId, long volunteerAccountId, String status) {
        return new Signup(
                null, shiftId, volunteerAccountId, status, null, null, null, null, null, null, null, null, null);
    }

    boolean live() {
        return PENDING.equals(status) || CONFIRMED.equals(status) || WAITLISTED.equals(status);
    }

    Signup withStatus(String newStatus, @Nullable String reason, @Nullable Long by, @Nullable Instant at) {
        return new Signup(
                id,
                shiftId,
                volunteerAccountId,
                newStatus,
                reason,
                by,
                at,
                attendance,
                attendanceAt,
                attendanceBy,
                version,
                createdAt,
                updatedAt);
    }

    Signup withAttendance(String value, @Nullable Long by, Instant at) {
        return new Signup(
                id,
                shiftId,
                volunteerAccountId,
                status,
                statusReason,
                decidedBy,
                decidedAt,
                value,
                at,
                by,
                version,
                createdAt,
                updatedAt);
    }
}
