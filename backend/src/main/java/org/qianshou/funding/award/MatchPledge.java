package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A funder's pledge to match (配捐) another funder's awards in a call 1:1 up to {@code capFen}: proposed by one of its
 * members, approved by another. While active, every award approved in the call draws a matching award from it;
 * {@code committedFen} is kept under the pledge's row lock like a call's pool.
 */
@MappedEntity("funding_match")
record MatchPledge(
        @Id @GeneratedValue @Nullable Long id,
        long callId,
        long organisationId,
        long capFen,
        long committedFen,
        String status,
        long proposedBy,
        Instant proposedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String statusReason,
        @Version @Nullable Long version) {

    static final String PROPOSED = "proposed";
    static final String ACTIVE = "active";
    static final String DECLINED = "declined";
    static final String ENDED = "ended";

    long remainingFen() {
        return capFen - committedFen;
    }

    MatchPledge decided(String newStatus, @Nullable String reason, @Nullable Long by, Instant at) {
        return new MatchPledge(
                id,
                callId,
                organisationId,
                capFen,
                committedFen,
                newStatus,
                proposedBy,
                proposedAt,
                by,
                at,
                reason,
                version);
    }

    MatchPledge committed(long delta) {
        return new MatchPledge(
                id,
                callId,
                organisationId,
                capFen,
                committedFen + delta,
                status,
                proposedBy,
                proposedAt,
                decidedBy,
                decidedAt,
                statusReason,
                version);
    }
}
