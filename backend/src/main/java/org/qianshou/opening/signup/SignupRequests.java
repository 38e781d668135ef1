package org.qianshou.opening.signup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Bodies of the sign-up routes. Checked by the service, which names the field that is wrong. */
final class SignupRequests {

    private SignupRequests() {}

    /** Sign up for these shifts: all or none. */
    @Serdeable
    record SignupRequest(@Nullable List<Long> shiftIds) {}

    /** Why the agency declines a sign-up. */
    @Serdeable
    record DeclineRequest(@Nullable String reason) {}

    /** {@code attended} or {@code no-show}. */
    @Serdeable
    record AttendanceRequest(@Nullable String attendance) {}

    /** The volunteer's check-in with the shift's code (from the QR code's link). */
    @Serdeable
    record CheckInRequest(@Nullable Long shiftId, @Nullable String code) {}
}
