package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** What other funding sub-packages (reports, disclosure) know of an award. */
public record AwardFacts(
        long id,
        long callId,
        long applicationId,
        long funderOrganisationId,
        long organisationId,
        long projectId,
        @Nullable Long matchedAwardId,
        long amountFen,
        long paidFen,
        String status,
        @Nullable Instant acceptedAt) {

    static AwardFacts of(Award a) {
        return new AwardFacts(
                a.id(),
                a.callId(),
                a.applicationId(),
                a.funderOrganisationId(),
                a.organisationId(),
                a.projectId(),
                a.matchedAwardId(),
                a.amountFen(),
                a.paidFen(),
                a.status(),
                a.acceptedAt());
    }
}
