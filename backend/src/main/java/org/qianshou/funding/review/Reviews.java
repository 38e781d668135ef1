package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qianshou.account.AccountDirectory;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.application.ApplicationFacts;
import org.qianshou.funding.application.Applications;
import org.qianshou.funding.call.CallCriterion;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.Calls;
import org.qianshou.funding.review.ReviewAssignmentRepository.AssignmentRow;
import org.qianshou.funding.review.ReviewAssignmentRepository.RankingRow;
import org.qianshou.funding.review.ReviewViews.AssignmentView;
import org.qianshou.funding.review.ReviewViews.Candidate;
import org.qianshou.funding.review.ReviewViews.RankingEntry;
import org.qianshou.funding.review.ReviewViews.ReviewDetail;
import org.qianshou.funding.review.ReviewViews.ScoreView;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.MemberService;
import org.qianshou.organisation.MemberViews.MemberView;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;
import org.qianshou.system.security.Roles;

/**
 * Review as the funder runs it: who may review (accounts with the reviewer role and the funder's own members), who
 * reviews each submitted application (never a member of the applying organisation, never again one who declared a
 * conflict), each reviewer's review, and the call's ranking. Members of the funder read; members of a verified funder
 * assign. Every change of assignments is audited.
 */
@Singleton
public class Reviews {

    static final int MAX_REVIEWERS = 20;
    static final int MAX_CANDIDATES = 50;
    static final int MAX_QUERY = 100;
    static final String FUNDER = "funder";
    static final String NOT_A_FUNDER = "not-a-funder";
    static final String REVIEWER_IN_CALL = "reviewer-in-call";

    private final ReviewAssignmentRepository assignments;
    private final ReviewScoreRepository scores;
    private final Calls calls;
    private final Applications applications;
    private final AccessPolicy access;
    private final MemberService members;
    private final OrganisationService organisations;
    private final AccountDirectory accounts;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Reviews(
            ReviewAssignmentRepository assignments,
            ReviewScoreRepository scores,
            Calls calls,
            Applications applications,
            AccessPolicy access,
            MemberService members,
            OrganisationService organisations,
            AccountDirectory accounts,
            AuditLog audit) {
        this.assignments = assignments;
        this.scores = scores;
        this.calls = calls;
        this.applications = applications;
        this.access = access;
        this.members = members;
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Who the funder may assign: its own members ({@code staff}) first, then the accounts holding the reviewer role
     * ({@code reviewer}), each once, whose display name contains {@code query}.
     */
    @ReadOnly
    public List<Candidate> candidates(Actor actor, long organisationId, @Nullable String query) {
        requireFunder(actor, organisationId);
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            throw InvalidInputException.of("q", "field.q.too-long", MAX_QUERY);
        }
        if (!Text.validSingleLine(q)) {
            throw InvalidInputException.of("q", "field.text.control-characters");
        }
        Map<Long, Candidate> found = new LinkedHashMap<>();
        for (MemberView m : members.members(actor, organisationId).members()) {
            if (m.displayName().toLowerCase(java.util.Locale.ROOT).contains(q.toLowerCase(java.util.Locale.ROOT))) {
                found.put(m.accountId(), new Candidate(m.accountId(), m.displayName(), "staff"));
            }
        }
        accounts.holdersOf(Roles.REVIEWER, q, MAX_CANDIDATES)
                .forEach((id, name) -> found.putIfAbsent(id, new Candidate(id, name, "reviewer")));
        return List.copyOf(found.values());
    }

    /**
     * Makes {@code accountIds} the application's reviewers: new ones are assigned (their declaration pending), those
     * left out are taken off (a submitted review cannot be), those taken off before are put back with their
     * declaration. Refused, naming {@code accountIds}: an account that is neither a reviewer nor the funder's member,
     * a member of the applying organisation, one who declared a conflict on this application.
     */
    @Transactional
    public List<AssignmentView> assign(
            Actor actor, long organisationId, long callId, long applicationId, @Nullable List<Long> accountIds) {
        requireFunder(actor, organisationId);
        CallFacts call = callOf(organisationId, callId);
        ApplicationFacts application = applicationOf(call, applicationId);
        if (!"submitted".equals(application.status())) {
            throw new ConflictException("error.review.application-not-submitted");
        }
        List<Long> wanted = checkReviewers(organisationId, call, application, accountIds);
        String stage = application.stage();
        assignments.lockApplication(applicationId);
        Map<Long, ReviewAssignment> existing = new HashMap<>();
        Set<Long> conflicted = new HashSet<>();
        for (ReviewAssignment a : assignments.findByApplicationIdOrderById(applicationId)) {
            if (a.conflicted()) {
                conflicted.add(a.reviewerAccountId()); // at any stage: a conflict is with the applicant
            }
            if (a.stage().equals(stage)) {
                existing.put(a.reviewerAccountId(), a);
            }
        }
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        for (Long id : wanted) {
            if (conflicted.contains(id)) {
                violations.add(new InvalidInputException.Violation("accountIds", "field.review.conflicted", id));
            }
        }
        for (ReviewAssignment a : existing.values()) {
            if (a.active() && a.submitted() && !wanted.contains(a.reviewerAccountId())) {
                violations.add(new InvalidInputException.Violation(
                        "accountIds", "field.review.submitted-stays", a.reviewerAccountId()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = Instant.now();
        for (ReviewAssignment a : existing.values()) {
            if (a.active() && !wanted.contains(a.reviewerAccountId())) {
                assignments.update(a.removed(now));
                audit.record(
                        actor.accountId(),
                        "funding.review.unassigned",
                        "funding_review_assignment",
                        a.id(),
                        "application " + applicationId + " (" + stage + "), reviewer account " + a.reviewerAccountId()
                                + (a.conflicted() ? ", conflict declared" : ""));
            }
        }
        for (Long id : wanted) {
            ReviewAssignment a = existing.get(id);
            if (a == null) {
                ReviewAssignment saved = assignments.save(
                        ReviewAssignment.assign(callId, applicationId, stage, id, actor.accountId(), now));
                audit.record(
                        actor.accountId(),
                        "funding.review.assigned",
                        "funding_review_assignment",
                        saved.id(),
                        "call " + callId + ", application " + applicationId + " (" + stage + "), reviewer account "
                                + id);
            } else if (!a.active()) {
                assignments.update(a.restored(actor.accountId(), now));
                audit.record(
                        actor.accountId(),
                        "funding.review.assigned",
                        "funding_review_assignment",
                        a.id(),
                        "call " + callId + ", application " + applicationId + " (" + stage + "), reviewer account " + id
                                + " (again)");
            }
        }
        return views(assignments.assignmentsOfApplication(applicationId, stage));
    }

    /** Each reviewer's review of the application: declarations, and the scores and comments of submitted reviews. */
    @ReadOnly
    public List<ReviewDetail> reviews(Actor actor, long organisationId, long callId, long applicationId) {
        access.requireMember(actor, organisationId);
        CallFacts call = callOf(organisationId, callId);
        requireNotReviewing(actor, callId);
        ApplicationFacts application = applicationOf(call, applicationId);
        List<ReviewAssignment> active = assignments.findByApplicationIdOrderById(applicationId).stream()
                .filter(a -> a.active() && a.stage().equals(application.stage()))
                .toList();
        Map<Long, String> names = accounts.displayNames(
                active.stream().map(ReviewAssignment::reviewerAccountId).toList());
        Set<Long> submittedIds = active.stream()
                .filter(ReviewAssignment::submitted)
                .map(ReviewAssignment::id)
                .collect(Collectors.toSet());
        Map<Long, List<ReviewScore>> byAssignment = submittedIds.isEmpty()
                ? Map.of()
                : scores.findByAssignmentIdIn(submittedIds).stream()
                        .collect(Collectors.groupingBy(ReviewScore::assignmentId));
        List<ReviewDetail> details = new ArrayList<>();
        for (ReviewAssignment a : active) {
            List<ScoreView> scoreViews = new ArrayList<>();
            if (a.submitted()) {
                Map<Long, ReviewScore> own = new HashMap<>();
                byAssignment.getOrDefault(a.id(), List.of()).forEach(s -> own.put(s.criterionId(), s));
                for (CallCriterion c : call.criteria()) {
                    ReviewScore s = own.get(c.id());
                    if (s != null) {
                        scoreViews.add(new ScoreView(c.id(), c.seq(), c.name(), c.weight(), s.score(), s.comment()));
                    }
                }
            }
            details.add(new ReviewDetail(
                    a.id(),
                    a.reviewerAccountId(),
                    names.getOrDefault(a.reviewerAccountId(), ""),
                    a.declaration(),
                    a.conflictReason(),
                    ReviewTimes.at(a.declaredAt()),
                    ReviewTimes.at(a.submittedAt()),
                    ReviewTimes.score(a.weightedScore()),
                    a.submitted() ? a.overallComment() : null,
                    scoreViews));
        }
        return details;
    }

    /**
     * The call's submitted applications ranked by weighted score (the mean over submitted reviews of Σ weight × score
     * / 100), ties by submission time, with the spread between reviewers and each reviewer's state. Read in two
     * queries (the aggregate and the assignments) and two look-ups of names, whatever the number of applications.
     */
    @ReadOnly
    public List<RankingEntry> ranking(Actor actor, long organisationId, long callId) {
        access.requireMember(actor, organisationId);
        callOf(organisationId, callId);
        requireNotReviewing(actor, callId);
        List<RankingRow> rows = assignments.ranking(callId);
        List<AssignmentRow> assigned = assignments.assignmentsOfCall(callId);
        Map<Long, Long> applicants = new HashMap<>();
        rows.forEach(r -> applicants.put(r.applicationId(), r.organisationId()));
        // a reviewer who has since joined the applying organisation must be replaced too
        Map<Long, Set<Long>> memberOf = access.organisationsOf(
                assigned.stream().map(AssignmentRow::accountId).collect(Collectors.toCollection(HashSet::new)));
        Set<Long> insiders = new HashSet<>();
        for (AssignmentRow r : assigned) {
            Long applicant = applicants.get(r.applicationId());
            if (applicant != null
                    && memberOf.getOrDefault(r.accountId(), Set.of()).contains(applicant)) {
                insiders.add(r.applicationId());
            }
        }
        Map<Long, Organisation> organisationsById = organisations.findAll(
                rows.stream().map(RankingRow::organisationId).collect(Collectors.toCollection(HashSet::new)));
        Map<Long, String> names = accounts.displayNames(
                assigned.stream().map(AssignmentRow::accountId).collect(Collectors.toCollection(HashSet::new)));
        Map<Long, List<AssignmentView>> byApplication = new HashMap<>();
        for (AssignmentRow r : assigned) {
            byApplication
                    .computeIfAbsent(r.applicationId(), k -> new ArrayList<>())
                    .add(view(r, names));
        }
        List<RankingEntry> ranking = new ArrayList<>(rows.size());
        int rank = 0;
        for (RankingRow r : rows) {
            Organisation o = organisationsById.get(r.organisationId());
            ranking.add(new RankingEntry(
                    r.weightedScore() == null ? null : ++rank,
                    r.applicationId(),
                    r.title(),
                    o == null ? "" : o.name(),
                    r.requestedFen(),
                    ReviewTimes.at(r.submittedAt()),
                    ReviewTimes.score(r.weightedScore()),
                    ReviewTimes.score(r.spread()),
                    (int) r.reviewsSubmitted(),
                    (int) r.reviewsAssigned(),
                    r.needsReassignment() || insiders.contains(r.applicationId()),
                    byApplication.getOrDefault(r.applicationId(), List.of())));
        }
        return ranking;
    }

    private List<Long> checkReviewers(
            long organisationId, CallFacts call, ApplicationFacts application, @Nullable List<Long> ids) {
        if (ids == null) {
            throw InvalidInputException.of("accountIds", "error.required");
        }
        if (ids.size() > MAX_REVIEWERS) {
            throw InvalidInputException.of("accountIds", "field.review.too-many", MAX_REVIEWERS);
        }
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        Set<Long> distinct = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id == null) {
                violations.add(new InvalidInputException.Violation("accountIds", "error.required"));
            } else if (!distinct.add(id)) {
                violations.add(new InvalidInputException.Violation("accountIds", "field.duplicate", id));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Set<Long> reviewersAmongThem = new HashSet<>();
        Map<Long, String> known = accounts.displayNames(distinct);
        for (Long id : distinct) {
            if (!known.containsKey(id)) {
                violations.add(new InvalidInputException.Violation("accountIds", "field.review.not-a-candidate", id));
            } else if (access.isMember(id, application.organisationId())) {
                violations.add(new InvalidInputException.Violation(
                        "accountIds", "field.review.applicant-member", id, application.organisationName()));
            } else if (!access.isMember(id, organisationId)) {
                reviewersAmongThem.add(id);
            } else if (call.blindReview()) {
                // the funder's pages show its members every applicant: they cannot review blind
                violations.add(new InvalidInputException.Violation("accountIds", "field.review.staff-blind", id));
            }
        }
        if (!reviewersAmongThem.isEmpty()) {
            Set<Long> holders = accounts.withRole(Roles.REVIEWER, reviewersAmongThem);
            for (Long id : reviewersAmongThem) {
                if (!holders.contains(id)) {
                    violations.add(
                            new InvalidInputException.Violation("accountIds", "field.review.not-a-candidate", id));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(distinct);
    }

    /** Candidates and assignments are a funder's business: a verified funder's members, 403 {@code not-a-funder} else. */
    private void requireFunder(Actor actor, long organisationId) {
        access.requireCanPublish(actor, organisationId);
        boolean funder = organisations
                .find(organisationId)
                .map(o -> FUNDER.equals(o.kind()))
                .orElse(false);
        if (!funder) {
            throw new ForbiddenException(NOT_A_FUNDER, "error.review.not-a-funder");
        }
    }

    /**
     * A member of the funder who reviews in this call scores independently: the other reviewers' scores and the
     * ranking are not theirs to read (403 {@code reviewer-in-call}).
     */
    private void requireNotReviewing(Actor actor, long callId) {
        if (assignments.existsByCallIdAndReviewerAccountId(callId, actor.accountId())) {
            throw ForbiddenException.byRule(REVIEWER_IN_CALL, "error.review.reviewer-in-call");
        }
    }

    private List<AssignmentView> views(List<AssignmentRow> rows) {
        Map<Long, String> names = accounts.displayNames(
                rows.stream().map(AssignmentRow::accountId).toList());
        return rows.stream().map(r -> view(r, names)).toList();
    }

    private static AssignmentView view(AssignmentRow r, Map<Long, String> names) {
        return new AssignmentView(
                r.assignmentId(),
                r.accountId(),
                names.getOrDefault(r.accountId(), ""),
                r.declaration(),
                ReviewTimes.at(r.submittedAt()),
                ReviewTimes.score(r.weightedScore()));
    }

    /** The funder's call, or 404 when the call is another organisation's (or does not exist). */
    private CallFacts callOf(long organisationId, long callId) {
        return calls.facts(callId)
                .filter(c -> c.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("review.resource.call", callId));
    }

    /** An application to the call that has been submitted (drafts are nobody's business but the agency's). */
    private ApplicationFacts applicationOf(CallFacts call, long applicationId) {
        return applications
                .facts(applicationId)
                .filter(a -> a.callId() == call.id() && a.submittedAt() != null && !"draft".equals(a.status()))
                .orElseThrow(() -> new NotFoundException("review.resource.application", applicationId));
    }
}
