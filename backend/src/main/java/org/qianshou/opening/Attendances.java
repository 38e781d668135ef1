package org.qianshou.opening;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.qianshou.opening.signup.AttendanceLedger;

/**
 * Who came to a shift, for the hours feature: read only, callers bring the transaction. Attendance is
 * recorded by the volunteer's check-in with the shift's code or by the agency's staff by hand.
 */
@Singleton
public class Attendances {

    private final AttendanceLedger signups;

    Attendances(AttendanceLedger signups) {
        this.signups = signups;
    }

    /**
     * The shift's confirmed sign-ups, in arrival order, with their attendance (attended, no-show or not yet marked):
     * the volunteers whose hours the agency may record. Sign-ups that ended (cancelled, shift cancelled, declined)
     * are not among them, even if they were marked attended before.
     */
    public List<AttendanceFacts> attendedOrConfirmed(long shiftId) {
        return signups.attendedOrConfirmed(shiftId);
    }

    /** One sign-up, whatever its status. */
    public Optional<AttendanceFacts> ofSignup(long signupId) {
        return signups.ofSignup(signupId);
    }
}
