package org.qianshou.funding.call;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the other funding sub-packages use of calls (contract: {@code funding.call.Calls}): a call's facts, the call's
 * row lock under which the award service changes the pool, and whether a call takes submissions at a moment. Callers
 * bring the transaction.
 */
@Singleton
public class Calls {

    public static final String CONCEPT = "concept";
    public static final String FULL = "full";

    private final CallRepository repository;
    private final CallRows rows;

    Calls(CallRepository repository, CallRows rows) {
        this.repository = repository;
        this.rows = rows;
    }

    /** The call's facts, in any status. */
    @ReadOnly
    public Optional<CallFacts> facts(long callId) {
        return rows.load(List.of(callId)).stream().findFirst().map(Calls::facts);
    }

    /**
     * The call's facts read under its row lock ({@code SELECT … FOR UPDATE}), held until the caller's transaction ends:
     * the award service changes {@code committed_fen} under it, and call edits take the same lock.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<CallFacts> lockForUpdate(long callId) {
        return repository.findByIdForUpdate(callId).map(rows::of).map(Calls::facts);
    }

    /**
     * Whether the call takes a submission of the stage at {@code now} (server clock): published, opened, and before
     * {@code conceptClosesAt} for a concept note of a two-stage call, before {@code closesAt} for a full proposal.
     */
    public boolean acceptsSubmissions(CallFacts call, String stage, Instant now) {
        if (!CallStatus.PUBLISHED.equals(call.status()) || now.isBefore(call.opensAt())) {
            return false;
        }
        if (CONCEPT.equals(stage)) {
            return call.twoStage() && call.conceptClosesAt() != null && now.isBefore(call.conceptClosesAt());
        }
        return now.isBefore(call.closesAt());
    }

    static CallFacts facts(CallRow row) {
        CallEntity c = row.call();
        CallPartsRepository.Parts p = row.parts();
        return new CallFacts(
                c.id(),
                c.organisationId(),
                row.organisationName(),
                c.title(),
                c.fundingTypeCode(),
                c.programmeCode(),
                c.poolFen(),
                c.committedFen(),
                c.maxAwardFen(),
                c.managementFeeCapBp(),
                c.regionCode(),
                c.regionBasis(),
                c.minSocialWorkers(),
                p.subtypes(),
                p.targetGroups(),
                c.opensAt(),
                c.closesAt(),
                c.twoStage(),
                c.conceptClosesAt(),
                c.blindReview(),
                c.scoreMin(),
                c.scoreMax(),
                c.reportIntervalMonths(),
                c.status(),
                p.sections(),
                p.tranches(),
                p.criteria());
    }
}
