package org.qianshou.opening.signup;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link Reminders} every minute ({@code qianshou.signup.reminder-interval}), batch after batch. */
@Singleton
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${qianshou.signup.reminder-interval:1m}", initialDelay = "30s")
    void run() {
        try {
            int sent;
            do {
                sent = reminders.sendDue();
            } while (sent == Reminders.BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Shift reminders failed this time: {}", e.getClass().getSimpleName());
        }
    }
}
