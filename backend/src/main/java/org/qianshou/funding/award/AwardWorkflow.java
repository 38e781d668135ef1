package org.qianshou.funding.award;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.application.ApplicationFacts;
import org.qianshou.funding.application.Applications;
import org.qianshou.funding.award.AwardRequests.AcceptRequest;
import org.qianshou.funding.award.AwardRequests.ProposeRequest;
import org.qianshou.funding.award.AwardViews.AwardDetail;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.CallTranche;
import org.qianshou.funding.call.Calls;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Awards from proposal to acceptance. A funder member proposes an award to a submitted application; another member
 * approves it (four eyes) or any member declines it; the agency accepts it with its conditions, or refuses it.
 *
 * <p>The pool: approving and refusing take the call's row lock ({@link Calls#lockForUpdate}) before anything else,
 * then the award's, then (approving) the application's and the call's active pledges' in id order. Under the call's
 * lock the remainder is read again and the approval refused (409 naming {@code amountFen}) when the award no longer
 * fits; the commitment, its ledger entry and the call's {@code committed_fen} are written in the same transaction.
 * So approvals of one call are decided one at a time, and the call's {@code CHECK (committed_fen <= pool_fen)} is only
 * the last guard. A pledge's committed amount is kept the same way under its own lock.
 */
@Singleton
class AwardWorkflow {

    static final String OBJECT_TYPE = "funding-award";
    static final String FOUR_EYES = "four-eyes";
    static final int MAX_CONDITIONS = 4000;
    static final int MAX_REASON = 2000;

    private final AwardRepository awards;
    private final TrancheRepository tranches;
    private final MatchRepository matches;
    private final Calls calls;
    private final Applications applications;
    private final AccessPolicy access;
    private final Ledger ledger;
    private final AuditLog audit;
    private final AwardReader reader;
    private final Recipients recipients;
    private final ApplicationEventPublisher<AwardAccepted> accepted;

    AwardWorkflow(
            AwardRepository awards,
            TrancheRepository tranches,
            MatchRepository matches,
            Calls calls,
            Applications applications,
            AccessPolicy access,
            Ledger ledger,
            AuditLog audit,
            AwardReader reader,
            Recipients recipients,
            ApplicationEventPublisher<AwardAccepted> accepted) {
        this.awards = awards;
        this.tranches = tranches;
        this.matches = matches;
        this.calls = calls;
        this.applications = applications;
        this.access = access;
        this.ledger = ledger;
        this.audit = audit;
        this.reader = reader;
        this.recipients = recipients;
        this.accepted = accepted;
    }

    /**
     * A member of the call's funder proposes an award: at most the requested amount, the call's maximum and the
     * pool's remainder, a positive whole number of fen that the call's tranche schedule can split.
     */
    @Transactional
    public AwardDetail propose(Actor actor, long organisationId, long callId, ProposeRequest request) {
        access.requireCanPublish(actor, organisationId);
        CallFacts call = calls.facts(callId)
                .filter(c -> c.organisationId() == organisationId && !"draft".equals(c.status()))
                .orElseThrow(() -> new NotFoundException("award.resource.call", callId));
        if (!"published".equals(call.status()) && !"closed".equals(call.status())) {
            throw ConflictException.onField("callId", "award.call.not-awarding");
        }
        if (request.applicationId() == null) {
            throw InvalidInputException.of("applicationId", "award.application.required");
        }
        long amount = positiveAmount(request.amountFen(), "amountFen");
        String conditions =
                request.conditions() == null ? "" : request.conditions().strip();
        if (conditions.length() > MAX_CONDITIONS || !Text.validMultiLine(conditions)) {
            throw InvalidInputException.of("conditions", "award.conditions.invalid", MAX_CONDITIONS);
        }
        ApplicationFacts application = applications
                .facts(request.applicationId())
                .filter(a -> a.callId() == callId)
                .orElseThrow(() -> InvalidInputException.of(
                        "applicationId", "award.application.unknown", request.applicationId()));
        if (!"submitted".equals(application.status()) || !"full".equals(application.stage())) {
            throw InvalidInputException.of("applicationId", "award.application.not-submitted", application.id());
        }
        if (application.projectId() == null) {
            throw InvalidInputException.of("applicationId", "award.application.no-project", application.id());
        }
        if (amount > application.requestedFen()) {
            throw InvalidInputException.of(
                    "amountFen", "award.amount.above-request", Money.yuan(application.requestedFen()));
        }
        if (amount > call.maxAwardFen()) {
            throw InvalidInputException.of("amountFen", "award.amount.above-maximum", Money.yuan(call.maxAwardFen()));
        }
        long remaining = call.poolFen() - call.committedFen();
        if (amount > remaining) {
            throw InvalidInputException.of("amountFen", "award.amount.above-remainder", Money.yuan(remaining));
        }
        if (split(amount, call.tranches()).stream().anyMatch(a -> a <= 0)) {
            throw InvalidInputException.of(
                    "amountFen", "award.amount.too-small", call.tranches().size());
        }
        if (awards.findByCallIdOrderById(callId).stream()
                .anyMatch(a -> a.applicationId() == application.id() && !a.matching() && live(a))) {
            throw ConflictException.onField("applicationId", "award.application.has-award", application.id());
        }
        Award saved = awards.save(Award.proposed(
                callId,
                application.id(),
                organisationId,
                application.organisationId(),
                application.projectId(),
                null,
                null,
                amount,
                conditions,
                actor.accountId(),
                Money.now()));
        audit.record(
                actor.accountId(),
                "funding.award.proposed",
                OBJECT_TYPE,
                saved.id(),
                "call " + callId + ", application " + application.id() + ", " + amount + " fen");
        return reader.detail(saved, actor.accountId());
    }

    /**
     * Another member of the funder approves the proposed award: under the call's lock the pool is checked again, the
     * amount committed (ledger, {@code committed_fen}), the tranches made from the call's schedule, the application
     * marked awarded, and every active pledge of the call draws its matching award.
     */
    @Transactional
    public AwardDetail approve(Actor actor, long organisationId, long awardId, @Nullable Long version) {
        access.requireCanPublish(actor, organisationId);
        Award found = funderAward(organisationId, awardId);
        if (version == null) {
            throw InvalidInputException.of("version", "award.version.required");
        }
        if (found.proposedBy() == actor.accountId()) {
            throw fourEyes();
        }
        CallFacts call = calls.lockForUpdate(found.callId()).orElseThrow();
        Award award = awards.lockById(awardId).orElseThrow();
        if (!version.equals(award.version())) {
            throw ConflictException.onField("version", "award.version.stale", award.version());
        }
        if (!Award.PROPOSED.equals(award.status())) {
            throw new ConflictException("award.not-proposed", award.status());
        }
        if (!"published".equals(call.status()) && !"closed".equals(call.status())) {
            throw ConflictException.onField("callId", "award.call.not-awarding");
        }
        recipients.requireVerified(award);
        long remaining = call.poolFen() - call.committedFen();
        if (award.amountFen() > remaining) {
            throw ConflictException.onField("amountFen", "award.amount.pool-exhausted", Money.yuan(remaining));
        }
        ApplicationFacts application =
                applications.lockForUpdate(award.applicationId()).orElseThrow();
        if (!"submitted".equals(application.status())) {
            throw ConflictException.onField("applicationId", "award.application.not-submitted", application.id());
        }
        Instant now = Money.now();
        Award approved = awards.update(award.decided(Award.APPROVED, null, actor.accountId(), now));
        ledger.commit(approved, null, actor.accountId());
        plan(approved, call.tranches());
        applications.markAwarded(application.id());
        audit.record(
                actor.accountId(),
                "funding.award.approved",
                OBJECT_TYPE,
                awardId,
                "call " + call.id() + ", " + approved.amountFen() + " fen");
        for (MatchPledge pledge : matches.lockActiveOfCall(call.id())) {
            long amount = Math.min(approved.amountFen(), pledge.remainingFen());
            if (amount <= 0 || split(amount, call.tranches()).stream().anyMatch(a -> a <= 0)) {
                audit.record(
                        actor.accountId(),
                        "funding.match.skipped",
                        Matches.OBJECT_TYPE,
                        pledge.id(),
                        "award " + approved.id() + ": " + pledge.remainingFen() + " fen left of the pledge");
                continue;
            }
            // The matcher's two members approved the pledge that draws this award: they stand as its proposer and
            // approver.
            Award matching = awards.save(Award.proposed(
                            approved.callId(),
                            approved.applicationId(),
                            pledge.organisationId(),
                            approved.organisationId(),
                            approved.projectId(),
                            approved.id(),
                            pledge.id(),
                            amount,
                            approved.conditions(),
                            pledge.proposedBy(),
                            now)
                    .decided(Award.APPROVED, null, pledge.decidedBy(), now));
            ledger.commit(matching, pledge, actor.accountId());
            plan(matching, call.tranches());
            audit.record(
                    actor.accountId(),
                    "funding.award.matched",
                    OBJECT_TYPE,
                    matching.id(),
                    "matches award " + approved.id() + " from pledge " + pledge.id() + ", " + amount + " fen");
        }
        return reader.detail(approved, actor.accountId());
    }

    /**
     * A member of the funder declines a proposed award, saying why. The proposer may withdraw their own proposal: it is
     * declined with nobody as the deciding member (the second member decides; the proposer only takes it back).
     */
    @Transactional
    public AwardDetail decline(Actor actor, long organisationId, long awardId, @Nullable String reason) {
        access.requireCanPublish(actor, organisationId);
        funderAward(organisationId, awardId);
        String why = reason(reason);
        Award award = awards.lockById(awardId).orElseThrow();
        if (!Award.PROPOSED.equals(award.status())) {
            throw new ConflictException("award.not-proposed", award.status());
        }
        boolean own = award.proposedBy() == actor.accountId();
        Award declined = awards.update(
                own
                        ? award.withStatus(Award.DECLINED, why)
                        : award.decided(Award.DECLINED, why, actor.accountId(), Money.now()));
        audit.record(
                actor.accountId(),
                own ? "funding.award.withdrawn" : "funding.award.declined",
                OBJECT_TYPE,
                awardId,
                "reason of " + why.length() + " characters");
        return reader.detail(declined, actor.accountId());
    }

    /**
     * The agency accepts the approved award and its conditions: tranche 1 becomes payable, the matching awards are
     * accepted with it, and {@link AwardAccepted} is published in this transaction.
     */
    @Transactional
    public AwardDetail accept(Actor actor, long organisationId, long awardId, AcceptRequest request) {
        access.requireCanPublish(actor, organisationId);
        agencyAward(organisationId, awardId);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "award.version.required");
        }
        if (!Boolean.TRUE.equals(request.acceptConditions())) {
            throw InvalidInputException.of("acceptConditions", "award.accept.conditions");
        }
        Award award = awards.lockById(awardId).orElseThrow();
        if (!request.version().equals(award.version())) {
            throw ConflictException.onField("version", "award.version.stale", award.version());
        }
        if (!Award.APPROVED.equals(award.status())) {
            throw new ConflictException("award.not-approved", award.status());
        }
        Instant now = Money.now();
        Award accepted = awards.update(award.answered(Award.ACCEPTED, null, actor.accountId(), now));
        tranches.findByAwardIdAndSeq(awardId, 1).ifPresent(t -> tranches.update(t.payable(now)));
        audit.record(actor.accountId(), "funding.award.accepted", OBJECT_TYPE, awardId, "conditions accepted");
        for (Award matching : awards.lockMatching(awardId)) {
            if (Award.APPROVED.equals(matching.status())) {
                awards.update(matching.answered(Award.ACCEPTED, null, actor.accountId(), now));
                audit.record(
                        actor.accountId(),
                        "funding.award.accepted",
                        OBJECT_TYPE,
                        matching.id(),
                        "with the award it matches, " + awardId);
            }
        }
        this.accepted.publishEvent(new AwardAccepted(awardId));
        return reader.detail(accepted, actor.accountId());
    }

    /**
     * The agency refuses the approved award, saying why: its commitment goes back to the pool (a release in the
     * ledger), the application is submitted again (the funder may propose anew), and its matching awards are cancelled
     * and released to their pledges.
     */
    @Transactional
    public AwardDetail refuse(Actor actor, long organisationId, long awardId, @Nullable String reason) {
        access.requireCanPublish(actor, organisationId);
        Award found = agencyAward(organisationId, awardId);
        String why = reason(reason);
        calls.lockForUpdate(found.callId()).orElseThrow();
        Award award = awards.lockById(awardId).orElseThrow();
        if (!Award.APPROVED.equals(award.status())) {
            throw new ConflictException("award.not-approved", award.status());
        }
        Instant now = Money.now();
        Award refused = awards.update(award.answered(Award.REFUSED, why, actor.accountId(), now));
        ledger.release(refused, null, actor.accountId());
        // The application is back in the running: the funder may propose another award for it.
        applications.awardRefused(refused.applicationId());
        audit.record(
                actor.accountId(),
                "funding.award.refused",
                OBJECT_TYPE,
                awardId,
                "reason of " + why.length() + " characters");
        List<Award> matching = new ArrayList<>(awards.lockMatching(awardId));
        matching.sort((a, b) -> Long.compare(a.matchId(), b.matchId()));
        for (Award m : matching) {
            if (!Award.APPROVED.equals(m.status())) {
                continue;
            }
            MatchPledge pledge = matches.lockById(m.matchId()).orElseThrow();
            Award cancelled = awards.update(m.withStatus(Award.CANCELLED, "the matched award was refused"));
            ledger.release(cancelled, pledge, actor.accountId());
            audit.record(
                    actor.accountId(),
                    "funding.award.cancelled",
                    OBJECT_TYPE,
                    m.id(),
                    "the award it matches, " + awardId + ", was refused");
        }
        return reader.detail(refused, actor.accountId());
    }

    /** Tranche amounts: {@code floor(amount × share / 10000)} for all but the last, which takes the rest. */
    static List<Long> split(long amountFen, List<CallTranche> schedule) {
        List<CallTranche> plan = schedule.isEmpty() ? List.of(new CallTranche(1, 10_000, null)) : schedule;
        List<Long> amounts = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < plan.size(); i++) {
            long amount = i == plan.size() - 1
                    ? amountFen - given
                    : Math.multiplyExact(amountFen, (long) plan.get(i).shareBp()) / 10_000;
            amounts.add(amount);
            given += amount;
        }
        return amounts;
    }

    private void plan(Award award, List<CallTranche> schedule) {
        List<Long> amounts = split(award.amountFen(), schedule);
        List<CallTranche> plan = schedule.isEmpty() ? List.of(new CallTranche(1, 10_000, null)) : schedule;
        for (int i = 0; i < plan.size(); i++) {
            tranches.save(Tranche.planned(
                    award.id(), plan.get(i).seq(), amounts.get(i), plan.get(i).reportDueOn()));
        }
    }

    private static boolean live(Award a) {
        return !Award.DECLINED.equals(a.status())
                && !Award.REFUSED.equals(a.status())
                && !Award.CANCELLED.equals(a.status());
    }

    private Award funderAward(long organisationId, long awardId) {
        return awards.findById(awardId)
                .filter(a -> a.funderOrganisationId() == organisationId && !a.matching())
                .orElseThrow(() -> new NotFoundException("award.resource.award", awardId));
    }

    private Award agencyAward(long organisationId, long awardId) {
        return awards.findById(awardId)
                .filter(a -> a.organisationId() == organisationId && !a.matching() && a.seenByAgency())
                .orElseThrow(() -> new NotFoundException("award.resource.award", awardId));
    }

    static ForbiddenException fourEyes() {
        return ForbiddenException.byRule(FOUR_EYES, "award.four-eyes");
    }

    static long positiveAmount(@Nullable Long amount, String field) {
        if (amount == null) {
            throw InvalidInputException.of(field, "award.amount.required");
        }
        if (amount <= 0) {
            throw InvalidInputException.of(field, "award.amount.positive");
        }
        if (amount > Money.MAX_FEN) {
            throw InvalidInputException.of(field, "award.amount.too-large");
        }
        return amount;
    }

    static String reason(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "award.reason.required");
        }
        if (why.length() > MAX_REASON || !Text.validMultiLine(why)) {
            throw InvalidInputException.of("reason", "award.reason.invalid", MAX_REASON);
        }
        return why;
    }
}
