package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What hours needs from the features that own shifts, sign-ups and volunteers: a shift's facts and who came. Callers
 * bring the transaction.
 */
interface ShiftAttendance {

    Optional<ShiftInfo> shift(long shiftId);

    /** The shift's confirmed sign-ups and those marked attended, in arrival order, with the volunteers' names. */
    List<Attendee> attendees(long shiftId);

    /** A shift as a record states it: the activity, its place and time, and the organisation that ran it. */
    record ShiftInfo(
            long shiftId,
            long organisationId,
            String organisationName,
            String activity,
            String place,
            Instant startsAt,
            Instant endsAt) {

        /** The shift's length in minutes, within what a record may hold (1..1440). */
        int defaultMinutes() {
            long minutes = java.time.Duration.between(startsAt, endsAt).toMinutes();
            return (int) Math.max(1, Math.min(RecordRules.MAX_MINUTES, minutes));
        }
    }

    /** A volunteer signed up for the shift, and whether they came ({@code attended}, {@code no-show} or not yet). */
    record Attendee(
            long signupId,
            long volunteerAccountId,
            String status,
            @Nullable String attendance,
            String name,
            String idNumberMasked) {

        static final String ATTENDED = "attended";

        boolean attended() {
            return ATTENDED.equals(attendance);
        }
    }
}
