package org.qianshou.funding.award;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.qianshou.audit.AuditLog;

/** Awards as the other funding sub-packages see them (contract: {@code funding.award.Awards}). Callers bring the transaction. */
@Singleton
public class Awards {

    static final String TRANCHE = "funding-tranche";

    private final AwardRepository awards;
    private final TrancheRepository tranches;
    private final AuditLog audit;

    Awards(AwardRepository awards, TrancheRepository tranches, AuditLog audit) {
        this.awards = awards;
        this.tranches = tranches;
        this.audit = audit;
    }

    @ReadOnly
    public Optional<AwardFacts> facts(long awardId) {
        return awards.findById(awardId).map(AwardFacts::of);
    }

    /** The award's tranches in order (none before it is approved). */
    @ReadOnly
    public List<TrancheFacts> tranches(long awardId) {
        return tranches.findByAwardIdOrderBySeq(awardId).stream()
                .map(TrancheFacts::of)
                .toList();
    }

    /**
     * The report linked to the tranche was approved: a pending tranche of an accepted award becomes payable. Runs in
     * the caller's (the report's approving) transaction; a tranche already payable or paid, or of an award that is not
     * accepted, stays as it is. A matching award's tranche never runs ahead of the matched one: it becomes payable here
     * only when the matched award's tranche of the same number is paid in full; otherwise that payment's approval makes
     * it payable ({@link Payments}).
     */
    @Transactional
    public void reportApproved(long trancheId) {
        Tranche found =
                tranches.findById(trancheId).orElseThrow(() -> new IllegalArgumentException("no tranche " + trancheId));
        Award award = awards.lockById(found.awardId()).orElseThrow();
        Tranche tranche = tranches.lockById(trancheId).orElseThrow();
        if (!Award.ACCEPTED.equals(award.status()) || !Tranche.PENDING.equals(tranche.status())) {
            return;
        }
        if (award.matching()
                && tranches.findByAwardIdAndSeq(award.matchedAwardId(), tranche.seq())
                        .filter(t -> Tranche.PAID.equals(t.status()))
                        .isEmpty()) {
            audit.record(
                    null,
                    "funding.tranche.report-approved",
                    TRANCHE,
                    trancheId,
                    "award " + award.id() + ", tranche " + tranche.seq()
                            + ": its report was approved; payable once the matched tranche is paid");
            return;
        }
        tranches.update(tranche.payable(Money.now()));
        audit.record(
                null,
                "funding.tranche.payable",
                TRANCHE,
                trancheId,
                "award " + award.id() + ", tranche " + tranche.seq() + ": its report was approved");
    }
}
