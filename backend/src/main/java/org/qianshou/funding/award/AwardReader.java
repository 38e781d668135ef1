package org.qianshou.funding.award;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.qianshou.funding.award.AwardViews.AwardDetail;
import org.qianshou.funding.award.AwardViews.LedgerLine;
import org.qianshou.funding.award.AwardViews.MatchView;
import org.qianshou.funding.award.AwardViews.MatchingAward;
import org.qianshou.funding.award.AwardViews.PaymentView;
import org.qianshou.funding.award.AwardViews.Pool;
import org.qianshou.funding.award.AwardViews.PoolMatch;
import org.qianshou.funding.award.AwardViews.TrancheView;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.Calls;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectService;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/** The award routes' answers: awards with their tranches and payments, a call's pool and ledger, pledges. */
@Singleton
class AwardReader {

    static final int PAGE_SIZE = 50;

    private final AwardRepository awards;
    private final TrancheRepository tranches;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;
    private final MatchRepository matches;
    private final Calls calls;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final AccessPolicy access;

    AwardReader(
            AwardRepository awards,
            TrancheRepository tranches,
            PaymentRepository payments,
            LedgerRepository ledger,
            MatchRepository matches,
            Calls calls,
            OrganisationService organisations,
            ProjectService projects,
            AccessPolicy access) {
        this.awards = awards;
        this.tranches = tranches;
        this.payments = payments;
        this.ledger = ledger;
        this.matches = matches;
        this.calls = calls;
        this.organisations = organisations;
        this.projects = projects;
        this.access = access;
    }

    /** An award as members of either side see it: the funder's (or matcher's) and the agency's. */
    @ReadOnly
    public AwardDetail award(Actor actor, long organisationId, long awardId) {
        access.requireMemberOrAdmin(actor, organisationId);
        Award award = awards.findById(awardId)
                .filter(a -> a.funderOrganisationId() == organisationId
                        || (a.organisationId() == organisationId && a.seenByAgency()))
                .orElseThrow(() -> new NotFoundException("award.resource.award", awardId));
        return details(List.of(award), actor.accountId()).get(0);
    }

    /** The organisation's awards, as funder or as recipient, newest first. */
    @ReadOnly
    public Page<AwardDetail> awards(Actor actor, long organisationId, int page) {
        access.requireMemberOrAdmin(actor, organisationId);
        int p = Math.max(0, page);
        List<Award> found = awards.ofOrganisation(organisationId, PAGE_SIZE, (long) p * PAGE_SIZE);
        return new Page<>(details(found, actor.accountId()), awards.countOfOrganisation(organisationId), p, PAGE_SIZE);
    }

    /** The awards of the funder's call (its own pool's; the matching ones appear inside each). */
    @ReadOnly
    public List<AwardDetail> awardsOfCall(Actor actor, long organisationId, long callId) {
        callOf(actor, organisationId, callId);
        return details(
                awards.findByCallIdOrderById(callId).stream()
                        .filter(a -> !a.matching())
                        .toList(),
                actor.accountId());
    }

    @ReadOnly
    public Pool pool(Actor actor, long organisationId, long callId) {
        CallFacts call = callOf(actor, organisationId, callId);
        List<MatchPledge> pledges = matches.findByCallIdOrderById(callId);
        Map<Long, String> names =
                names(pledges.stream().map(MatchPledge::organisationId).toList());
        return new Pool(
                call.poolFen(),
                call.committedFen(),
                awards.paidOfCall(callId),
                call.poolFen() - call.committedFen(),
                pledges.stream()
                        .map(m -> new PoolMatch(
                                m.id(), names.get(m.organisationId()), m.capFen(), m.committedFen(), m.status()))
                        .toList());
    }

    @ReadOnly
    public Page<LedgerLine> ledger(Actor actor, long organisationId, long callId, int page) {
        callOf(actor, organisationId, callId);
        int p = Math.max(0, page);
        List<LedgerEntry> entries = ledger.ofCall(callId, PAGE_SIZE, (long) p * PAGE_SIZE);
        Map<Long, Award> byId = new LinkedHashMap<>();
        Map<Long, Integer> seqs = new LinkedHashMap<>();
        if (!entries.isEmpty()) {
            awards.findByIdIn(entries.stream().map(LedgerEntry::awardId).collect(Collectors.toSet()))
                    .forEach(a -> byId.put(a.id(), a));
            Set<Long> trancheIds = entries.stream()
                    .map(LedgerEntry::trancheId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            if (!trancheIds.isEmpty()) {
                tranches.findByIdIn(trancheIds).forEach(t -> seqs.put(t.id(), t.seq()));
            }
        }
        Map<Long, String> names =
                names(byId.values().stream().map(Award::organisationId).toList());
        List<LedgerLine> lines = entries.stream()
                .map(e -> new LedgerLine(
                        e.id(),
                        e.kind(),
                        e.amountFen(),
                        e.awardId(),
                        e.trancheId() == null ? null : seqs.get(e.trancheId()),
                        e.paymentId(),
                        names.get(byId.get(e.awardId()).organisationId()),
                        AwardViews.local(e.recordedAt())))
                .toList();
        return new Page<>(lines, ledger.countByCallId(callId), p, PAGE_SIZE);
    }

    /** The organisation's pledges to match other funders' calls. */
    @ReadOnly
    public List<MatchView> pledges(Actor actor, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return matchViews(matches.findByOrganisationIdOrderByIdDesc(organisationId), actor.accountId());
    }

    MatchView matchView(MatchPledge pledge, long viewerId) {
        return matchViews(List.of(pledge), viewerId).get(0);
    }

    private List<MatchView> matchViews(List<MatchPledge> pledges, long viewerId) {
        Map<Long, CallFacts> callFacts = new LinkedHashMap<>();
        for (MatchPledge m : pledges) {
            callFacts.computeIfAbsent(m.callId(), id -> calls.facts(id).orElseThrow());
        }
        Set<Long> orgs = new HashSet<>();
        pledges.forEach(m -> orgs.add(m.organisationId()));
        callFacts.values().forEach(c -> orgs.add(c.organisationId()));
        Map<Long, String> names = names(orgs);
        return pledges.stream()
                .map(m -> {
                    CallFacts c = callFacts.get(m.callId());
                    return new MatchView(
                            m.id(),
                            m.callId(),
                            c.title(),
                            names.get(c.organisationId()),
                            m.organisationId(),
                            names.get(m.organisationId()),
                            m.capFen(),
                            m.committedFen(),
                            m.remainingFen(),
                            m.status(),
                            m.statusReason(),
                            AwardViews.local(m.proposedAt()),
                            AwardViews.local(m.decidedAt()),
                            m.proposedBy() == viewerId,
                            m.version() == null ? 0 : m.version());
                })
                .toList();
    }

    /** The call, when it is the organisation's and the actor one of its members (or an administrator). */
    CallFacts callOf(Actor actor, long organisationId, long callId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return calls.facts(callId)
                .filter(c -> c.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("award.resource.call", callId));
    }

    AwardDetail detail(Award award, long viewerId) {
        return details(List.of(award), viewerId).get(0);
    }

    List<AwardDetail> details(List<Award> list, long viewerId) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Award>> matchingOf = new LinkedHashMap<>();
        for (Award a : list) {
            matchingOf.put(a.id(), a.matching() ? List.of() : awards.findByMatchedAwardIdOrderById(a.id()));
        }
        Set<Long> orgIds = new HashSet<>();
        list.forEach(a -> {
            orgIds.add(a.funderOrganisationId());
            orgIds.add(a.organisationId());
        });
        matchingOf.values().forEach(ms -> ms.forEach(m -> orgIds.add(m.funderOrganisationId())));
        Map<Long, String> names = names(orgIds);
        Map<Long, String> callTitles = new LinkedHashMap<>();
        list.forEach(a -> callTitles.computeIfAbsent(
                a.callId(), id -> calls.facts(id).map(CallFacts::title).orElse("")));
        Map<Long, ProjectService.ProjectOwner> projectTitles =
                projects.owners(list.stream().map(Award::projectId).collect(Collectors.toSet()));
        List<Tranche> allTranches =
                tranches.ofAwards(list.stream().map(Award::id).toList());
        List<Long> trancheIds = allTranches.stream().map(Tranche::id).toList();
        Map<Long, List<Payment>> paymentsOf = trancheIds.isEmpty()
                ? Map.of()
                : payments.findByTrancheIdInOrderById(trancheIds).stream()
                        .collect(Collectors.groupingBy(Payment::trancheId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<TrancheView>> tranchesOf = new LinkedHashMap<>();
        for (Tranche t : allTranches) {
            tranchesOf
                    .computeIfAbsent(t.awardId(), id -> new ArrayList<>())
                    .add(new TrancheView(
                            t.id(),
                            t.seq(),
                            t.amountFen(),
                            t.paidFen(),
                            t.status(),
                            t.reportDueOn(),
                            paymentsOf.getOrDefault(t.id(), List.of()).stream()
                                    .map(p -> PaymentView.of(p, viewerId))
                                    .toList()));
        }
        return list.stream()
                .map(a -> new AwardDetail(
                        a.id(),
                        a.callId(),
                        callTitles.get(a.callId()),
                        a.funderOrganisationId(),
                        names.get(a.funderOrganisationId()),
                        a.organisationId(),
                        names.get(a.organisationId()),
                        a.projectId(),
                        projectTitles.containsKey(a.projectId())
                                ? projectTitles.get(a.projectId()).title()
                                : "",
                        a.applicationId(),
                        a.amountFen(),
                        a.paidFen(),
                        a.conditions(),
                        a.status(),
                        a.statusReason(),
                        AwardViews.local(a.proposedAt()),
                        AwardViews.local(a.decidedAt()),
                        AwardViews.local(a.acceptedAt()),
                        a.proposedBy() == viewerId,
                        a.matchedAwardId(),
                        matchingOf.get(a.id()).stream()
                                .map(m -> new MatchingAward(
                                        m.id(), names.get(m.funderOrganisationId()), m.amountFen(), m.status()))
                                .toList(),
                        tranchesOf.getOrDefault(a.id(), List.of()),
                        a.version() == null ? 0 : a.version()))
                .toList();
    }

    private Map<Long, String> names(Collection<Long> organisationIds) {
        return organisations.findAll(Set.copyOf(organisationIds)).values().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (x, y) -> x));
    }
}
