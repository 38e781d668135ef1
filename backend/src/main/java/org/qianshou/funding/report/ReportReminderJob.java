package org.qianshou.funding.report;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ReportReminders} every hour ({@code qianshou.funding.report-reminder-interval}) for the Asia/Shanghai
 * day of the server clock, batch after batch.
 */
@Singleton
class ReportReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReportReminderJob.class);

    private final ReportReminders reminders;

    ReportReminderJob(ReportReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = "${qianshou.funding.report-reminder-interval:1h}", initialDelay = "45s")
    void run() {
        try {
            int sent;
            do {
                sent = reminders.sendDue(ReportService.today());
            } while (sent == ReportReminders.BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Report reminders failed this time: {}", e.getClass().getSimpleName());
        }
    }
}
