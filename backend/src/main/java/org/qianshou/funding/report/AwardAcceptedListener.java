package org.qianshou.funding.report;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.qianshou.funding.award.AwardAccepted;

/**
 * Makes an award's reports when the agency accepts it: the award package publishes {@link AwardAccepted} inside the
 * accepting transaction, and the schedule is written in it (an acceptance that rolls back leaves no reports). The
 * matching awards accepted with it get theirs in the same transaction, by the same rule, for the matcher.
 */
@Singleton
class AwardAcceptedListener {

    private final ReportSchedule schedule;
    private final FundingSources sources;

    AwardAcceptedListener(ReportSchedule schedule, FundingSources sources) {
        this.schedule = schedule;
        this.sources = sources;
    }

    @EventListener
    void on(AwardAccepted event) {
        schedule.createFor(event.awardId());
        for (long matching : sources.acceptedMatchingAwards(event.awardId())) {
            schedule.createFor(matching);
        }
    }
}
