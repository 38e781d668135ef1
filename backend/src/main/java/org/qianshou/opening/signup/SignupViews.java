package org.qianshou.opening.signup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** What the sign-up routes answer. Times are instants with the offset of Asia/Shanghai ({@code +08:00}). */
final class SignupViews {

    private SignupViews() {}

    static OffsetDateTime local(Instant instant) {
        return instant.atZone(SignupMessages.SHANGHAI).toOffsetDateTime();
    }

    static @Nullable OffsetDateTime localOrNull(@Nullable Instant instant) {
        return instant == null ? null : local(instant);
    }

    /** One sign-up just made: {@code confirmed}, {@code pending} or {@code waitlisted}. */
    @Serdeable
    record SignupOutcome(
            long signupId,
            long shiftId,
            String status,
            @Nullable Integer waitlistPosition) {}

    @Serdeable
    record ShiftTimes(long id, OffsetDateTime startsAt, OffsetDateTime endsAt) {}

    @Serdeable
    record OpeningBrief(long id, String title, String regionPath, String meetingPlace, String organisationName) {}

    /** One of the volunteer's sign-ups in "my shifts". */
    @Serdeable
    record MyShift(
            long signupId,
            String status,
            @Nullable Integer waitlistPosition,
            @Nullable String attendance,
            ShiftTimes shift,
            OpeningBrief opening) {}

    @Serdeable
    record RosterShift(
            long id, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int confirmed, String status) {}

    @Serdeable
    record RosterOpening(long id, String title) {}

    /** One sign-up as the agency sees it: the ID number and the mobile masked. */
    @Serdeable
    record RosterEntry(
            long signupId,
            long volunteerAccountId,
            String name,
            String idNumberMasked,
            String mobileMasked,
            int age,
            String status,
            @Nullable Integer waitlistPosition,
            @Nullable String attendance,
            OffsetDateTime createdAt) {}

    @Serdeable
    record Roster(RosterShift shift, RosterOpening opening, List<RosterEntry> signups) {}

    /** A sign-up after a decision of the agency (approve, decline, attendance) or a cancellation. */
    @Serdeable
    record SignupState(
            long signupId,
            long shiftId,
            String status,
            @Nullable Integer waitlistPosition,
            @Nullable String attendance,
            @Nullable String statusReason) {}

    /** The shift's check-in code and the link its QR code carries. */
    @Serdeable
    record CheckInLink(String code, String url) {}

    @Serdeable
    record CheckedIn(long signupId, String attendance) {}

    /** The address of a volunteer's calendar feed. */
    @Serdeable
    record CalendarFeed(String url) {}
}
