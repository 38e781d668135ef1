package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * An award from a call's pool (or, for a matching award, from a matching pledge): proposed by one funder member,
 * approved or declined by another, accepted or refused by the agency, completed when fully paid. {@code paidFen}
 * is the sum of its approved payments.
 */
@MappedEntity("funding_award")
record Award(
        @Id @GeneratedValue @Nullable Long id,
        long callId,
        long applicationId,
        long funderOrganisationId,
        long organisationId,
        long projectId,
        @Nullable Long matchedAwardId,
        @Nullable Long matchId,
        long amountFen,
        long paidFen,
        String conditions,
        String status,
        @Nullable String statusReason,
        long proposedBy,
        Instant proposedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Long acceptedBy,
        @Nullable Instant acceptedAt,
        @Version @Nullable Long version) {

    static final String PROPOSED = "proposed";
    static final String APPROVED = "approved";
    static final String DECLINED = "declined";
    static final String ACCEPTED = "accepted";
    static final String REFUSED = "refused";
    static final String COMPLETED = "completed";
    static final String CANCELLED = "cancelled";

    static Award proposed(
            long callId,
            long applicationId,
            long funderOrganisationId,
            long organisationId,
            long projectId,
            @Nullable Long matchedAwardId,
            @Nullable Long matchId,
            long amountFen,
            String conditions,
            long proposedBy,
            Instant at) {
        return new Award(
                null,
                callId,
                applicationId,
                funderOrganisationId,
                organisationId,
                projectId,
                matchedAwardId,
                matchId,
                amountFen,
                0,
                conditions,
                PROPOSED,
                null,
                proposedBy,
                at,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * Whether the agency sees the award: from its approval on. A proposal, and a proposal declined (with the funder's
     * internal reason), are the funder's own business.
     */
    boolean seenByAgency() {
        return !PROPOSED.equals(status) && !DECLINED.equals(status);
    }

    boolean matching() {
        return matchedAwardId != null;
    }

    /** Approved or accepted (or completed): the award holds money of its pool. */
    boolean committed() {
        return APPROVED.equals(status) || ACCEPTED.equals(status) || COMPLETED.equals(status);
    }

    Award decided(String newStatus, @Nullable String reason, long by, Instant at) {
        return with(paidFen, newStatus, reason, by, at, acceptedBy, acceptedAt);
    }

    Award answered(String newStatus, @Nullable String reason, long by, Instant at) {
        return with(paidFen, newStatus, reason, decidedBy, decidedAt, by, at);
    }

    Award withStatus(String newStatus, @Nullable String reason) {
        return with(paidFen, newStatus, reason, decidedBy, decidedAt, acceptedBy, acceptedAt);
    }

    Award paid(long amount) {
        long total = paidFen + amount;
        return with(
                total,
                total == amountFen ? COMPLETED : status,
                statusReason,
                decidedBy,
                decidedAt,
                acceptedBy,
                acceptedAt);
    }

    /** This award with what its steps change; who proposed it, for what, and its version stay. */
    private Award with(
            long newPaidFen,
            String newStatus,
            @Nullable String reason,
            @Nullable Long newDecidedBy,
            @Nullable Instant newDecidedAt,
            @Nullable Long newAcceptedBy,
            @Nullable Instant newAcceptedAt) {
        return new Award(
                id,
                callId,
                applicationId,
                funderOrganisationId,
                organisationId,
                projectId,
                matchedAwardId,
                matchId,
                amountFen,
                newPaidFen,
                conditions,
                newStatus,
                reason,
                proposedBy,
                proposedAt,
                newDecidedBy,
                newDecidedAt,
                newAcceptedBy,
                newAcceptedAt,
                version);
    }
}
