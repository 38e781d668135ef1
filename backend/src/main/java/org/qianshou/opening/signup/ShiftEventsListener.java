package org.qianshou.opening.signup;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.qianshou.opening.OpeningCancelled;
import org.qianshou.opening.ShiftCancelled;
import org.qianshou.opening.ShiftChanged;

/**
 * What the opening feature announces about shifts, inside its transaction: a cancelled shift (or opening) ends its
 * sign-ups and tells the volunteers; a moved shift tells them the new time.
 */
@Singleton
class ShiftEventsListener {

    private final SignupService signups;

    ShiftEventsListener(SignupService signups) {
        this.signups = signups;
    }

    @EventListener
    void onShiftCancelled(ShiftCancelled event) {
        signups.shiftCancelled(event.shiftId(), event.reason());
    }

    @EventListener
    void onOpeningCancelled(OpeningCancelled event) {
        signups.openingCancelled(event.openingId(), event.reason());
    }

    @EventListener
    void onShiftChanged(ShiftChanged event) {
        signups.shiftChanged(event.shiftId(), event.oldStart(), event.oldEnd());
    }
}
