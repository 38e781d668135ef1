package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.qianshou.audit.AuditLog;

/**
 * Writes the ledger: each entry with the pool's committed amount beside it (the call's {@code committed_fen}, or the
 * pledge's) and its audit event, in the caller's transaction. Callers hold the pool's row lock (the call's, or the
 * pledge's) and the award's.
 */
@Singleton
class Ledger {

    static final String OBJECT_TYPE = "funding-ledger-entry";

    private final LedgerRepository entries;
    private final MatchRepository matches;
    private final AuditLog audit;

    Ledger(LedgerRepository entries, MatchRepository matches, AuditLog audit) {
        this.entries = entries;
        this.matches = matches;
        this.audit = audit;
    }

    /** The award's amount is committed from its pool: the call's, or the (locked) pledge for a matching award. */
    void commit(Award award, @Nullable MatchPledge pledge, @Nullable Long actorId) {
        move(award, pledge, award.amountFen(), LedgerEntry.COMMIT, actorId);
    }

    /** The award's commitment goes back to its pool (a refusal, a cancellation). */
    void release(Award award, @Nullable MatchPledge pledge, @Nullable Long actorId) {
        move(award, pledge, -award.amountFen(), LedgerEntry.RELEASE, actorId);
    }

    private void move(Award award, @Nullable MatchPledge pledge, long deltaFen, String kind, @Nullable Long actorId) {
        if (award.matching() != (pledge != null)) {
            throw new IllegalStateException("a matching award moves its pledge, any other its call");
        }
        if (pledge == null) {
            entries.addCommitted(award.callId(), deltaFen);
        } else {
            matches.update(pledge.committed(deltaFen));
        }
        LedgerEntry entry = entries.save(new LedgerEntry(
                null,
                award.callId(),
                award.matchId(),
                award.funderOrganisationId(),
                award.id(),
                null,
                null,
                kind,
                deltaFen,
                actorId,
                Money.now()));
        audit.record(
                actorId,
                "funding.ledger." + kind,
                OBJECT_TYPE,
                entry.id(),
                "call " + award.callId() + ", award " + award.id() + (pledge == null ? "" : ", pledge " + pledge.id())
                        + ", " + deltaFen + " fen");
    }

    /** An approved payment of the tranche. */
    void payment(Award award, Tranche tranche, Payment payment, long actorId) {
        LedgerEntry entry = entries.save(new LedgerEntry(
                null,
                award.callId(),
                award.matchId(),
                award.funderOrganisationId(),
                award.id(),
                tranche.id(),
                payment.id(),
                LedgerEntry.PAYMENT,
                payment.amountFen(),
                actorId,
                Money.now()));
        audit.record(
                actorId,
                "funding.ledger.payment",
                OBJECT_TYPE,
                entry.id(),
                "call " + award.callId() + ", award " + award.id() + ", tranche " + tranche.seq() + ", payment "
                        + payment.id() + ", " + payment.amountFen() + " fen");
    }
}
