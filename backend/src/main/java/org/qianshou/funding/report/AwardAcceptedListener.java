package org.qianshou.funding.report;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.qianshou.funding.award.AwardAccepted;

/**
 * Makes an award's reports when the agency accepts it: the award package publishes {@link AwardAccepted} inside the
 * accepting transaction, and the schedule is written in it (an acceptance that rolls back leaves no reports).
 */
@Singleton
class AwardAcceptedListener {

    private final ReportSchedule schedule;

    AwardAcceptedListener(ReportSchedule schedule) {
        this.schedule = schedule;
    }

    @EventListener
    void on(AwardAccepted event) {
        schedule.createFor(event.awardId());
    }
}
