package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment of a tranche: recorded by one funder member with the bank's reference and the client's idempotency key,
 * approved (then it is money in the ledger) or rejected by another.
 */
@MappedEntity("funding_payment")
record Payment(
        @Id @GeneratedValue @Nullable Long id,
        long trancheId,
        long funderOrganisationId,
        long amountFen,
        String externalReference,
        String idempotencyKey,
        LocalDate paidOn,
        String status,
        @Nullable String statusReason,
        long recordedBy,
        Instant recordedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt) {

    static final String RECORDED = "recorded";
    static final String APPROVED = "approved";
    static final String REJECTED = "rejected";

    Payment decided(String newStatus, @Nullable String reason, @Nullable Long by, Instant at) {
        return new Payment(
                id,
                trancheId,
                funderOrganisationId,
                amountFen,
                externalReference,
                idempotencyKey,
                paidOn,
                newStatus,
                reason,
                recordedBy,
                recordedAt,
                by,
                at);
    }
}
