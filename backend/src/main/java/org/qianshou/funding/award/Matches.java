package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.award.AwardRequests.MatchRequest;
import org.qianshou.funding.award.AwardViews.MatchView;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.Calls;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Matching pledges (配捐): a funder member pledges to match another funder's awards in a call 1:1 up to a cap, another
 * member approves (four eyes). While active, {@link AwardWorkflow#approve} draws a matching award from it for every
 * award it approves in the call.
 */
@Singleton
class Matches {

    static final String OBJECT_TYPE = "funding-match";

    private final MatchRepository matches;
    private final Calls calls;
    private final AccessPolicy access;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final AwardReader reader;

    Matches(
            MatchRepository matches,
            Calls calls,
            AccessPolicy access,
            OrganisationService organisations,
            AuditLog audit,
            AwardReader reader) {
        this.matches = matches;
        this.calls = calls;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.reader = reader;
    }

    @Transactional
    public MatchView propose(Actor actor, long organisationId, MatchRequest request) {
        access.requireCanPublish(actor, organisationId);
        if (request.callId() == null) {
            throw InvalidInputException.of("callId", "match.call.required");
        }
        long cap = AwardWorkflow.positiveAmount(request.capFen(), "capFen");
        if (!organisations
                .find(organisationId)
                .map(o -> "funder".equals(o.kind()))
                .orElse(false)) {
            throw new ForbiddenException("not-a-funder", "match.not-a-funder");
        }
        CallFacts call = calls.facts(request.callId())
                .filter(c -> "published".equals(c.status()) || "closed".equals(c.status()))
                .orElseThrow(() -> InvalidInputException.of("callId", "match.call.unknown", request.callId()));
        if (call.organisationId() == organisationId) {
            throw InvalidInputException.of("callId", "match.call.own");
        }
        boolean live = matches.findByCallIdOrderById(call.id()).stream()
                .anyMatch(m -> m.organisationId() == organisationId
                        && (MatchPledge.PROPOSED.equals(m.status()) || MatchPledge.ACTIVE.equals(m.status())));
        if (live) {
            throw ConflictException.onField("callId", "match.call.pledged");
        }
        MatchPledge saved = matches.save(new MatchPledge(
                null,
                call.id(),
                organisationId,
                cap,
                0,
                MatchPledge.PROPOSED,
                actor.accountId(),
                Money.now(),
                null,
                null,
                null,
                null));
        audit.record(
                actor.accountId(),
                "funding.match.proposed",
                OBJECT_TYPE,
                saved.id(),
                "call " + call.id() + ", cap " + cap + " fen");
        return reader.matchView(saved, actor.accountId());
    }

    @Transactional
    public MatchView approve(Actor actor, long organisationId, long matchId) {
        access.requireCanPublish(actor, organisationId);
        MatchPledge found = ofOrganisation(organisationId, matchId);
        if (found.proposedBy() == actor.accountId()) {
            throw AwardWorkflow.fourEyes();
        }
        MatchPledge pledge = matches.lockById(matchId).orElseThrow();
        if (!MatchPledge.PROPOSED.equals(pledge.status())) {
            throw new ConflictException("match.not-proposed", pledge.status());
        }
        MatchPledge active = matches.update(pledge.decided(MatchPledge.ACTIVE, null, actor.accountId(), Money.now()));
        audit.record(actor.accountId(), "funding.match.approved", OBJECT_TYPE, matchId, "call " + pledge.callId());
        return reader.matchView(active, actor.accountId());
    }

    @Transactional
    public MatchView decline(Actor actor, long organisationId, long matchId, @Nullable String reason) {
        access.requireCanPublish(actor, organisationId);
        ofOrganisation(organisationId, matchId);
        String why = AwardWorkflow.reason(reason);
        MatchPledge pledge = matches.lockById(matchId).orElseThrow();
        if (!MatchPledge.PROPOSED.equals(pledge.status())) {
            throw new ConflictException("match.not-proposed", pledge.status());
        }
        // The proposer may take their own pledge back: declined with nobody as the deciding member.
        boolean own = pledge.proposedBy() == actor.accountId();
        MatchPledge declined =
                matches.update(pledge.decided(MatchPledge.DECLINED, why, own ? null : actor.accountId(), Money.now()));
        audit.record(
                actor.accountId(),
                own ? "funding.match.withdrawn" : "funding.match.declined",
                OBJECT_TYPE,
                matchId,
                "reason of " + why.length() + " characters");
        return reader.matchView(declined, actor.accountId());
    }

    private MatchPledge ofOrganisation(long organisationId, long matchId) {
        return matches.findById(matchId)
                .filter(m -> m.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("award.resource.match", matchId));
    }
}
