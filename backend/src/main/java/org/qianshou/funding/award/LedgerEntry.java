package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One line of the append-only ledger (a trigger refuses UPDATE and DELETE): a commitment of a pool to an award, its
 * release (negative), or a payment. A pool is a call ({@code matchId} null) or a matching pledge.
 */
@MappedEntity("funding_ledger_entry")
record LedgerEntry(
        @Id @GeneratedValue @Nullable Long id,
        long callId,
        @Nullable Long matchId,
        long funderOrganisationId,
        long awardId,
        @Nullable Long trancheId,
        @Nullable Long paymentId,
        String kind,
        long amountFen,
        @Nullable Long actorAccountId,
        Instant recordedAt) {

    static final String COMMIT = "commit";
    static final String RELEASE = "release";
    static final String PAYMENT = "payment";
}
