package org.qianshou.opening.signup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.qianshou.opening.Shifts;

/**
 * The reminder 24 hours before a shift, to every confirmed volunteer. Each reminder is sent once: the run claims it
 * by inserting its row ({@code shift_reminder}, one per sign-up and start time) in the transaction that decides to
 * send it, and the message leaves only after that transaction commits. A second instance, or the next run after a
 * restart, finds the row (or waits for the first claimer's transaction and then finds it) and sends nothing. A crash
 * between the commit and the hand-over to the sender loses that one reminder rather than sending it twice.
 */
@Singleton
class Reminders {

    static final Duration AHEAD = Duration.ofHours(24);
    static final int BATCH = 200;

    private final SignupRepository signups;
    private final Shifts shifts;
    private final SignupMessages messages;

    Reminders(SignupRepository signups, Shifts shifts, SignupMessages messages) {
        this.signups = signups;
        this.shifts = shifts;
        this.messages = messages;
    }

    /** Claims and sends the reminders now due (shifts starting within 24 hours); returns how many this run sent. */
    @Transactional
    int sendDue() {
        Instant now = Instant.now();
        int sent = 0;
        for (Signup s : signups.dueForReminder(now, now.plus(AHEAD), BATCH)) {
            if (signups.claimReminder(s.id()) == 1) {
                shifts.facts(s.shiftId())
                        .ifPresent(shift -> messages.tell(s.volunteerAccountId(), "shift-reminder", shift, null));
                sent++;
            }
        }
        return sent;
    }
}
