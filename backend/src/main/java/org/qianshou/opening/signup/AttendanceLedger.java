package org.qianshou.opening.signup;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.qianshou.opening.AttendanceFacts;

/** Sign-ups as attendance, for {@code org.qianshou.opening.Attendances}: read only, callers bring the transaction. */
@Singleton
public class AttendanceLedger {

    private final SignupRepository signups;

    AttendanceLedger(SignupRepository signups) {
        this.signups = signups;
    }

    /** The shift's confirmed sign-ups (attended, no-show or not yet marked), in arrival order. */
    public List<AttendanceFacts> attendedOrConfirmed(long shiftId) {
        return signups.attendedOrConfirmed(shiftId).stream()
                .map(AttendanceLedger::facts)
                .toList();
    }

    /** One sign-up, whatever its status. */
    public Optional<AttendanceFacts> ofSignup(long signupId) {
        return signups.findById(signupId).map(AttendanceLedger::facts);
    }

    private static AttendanceFacts facts(Signup s) {
        return new AttendanceFacts(s.id(), s.shiftId(), s.volunteerAccountId(), s.status(), s.attendance());
    }
}
