package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.application.ApplicationContent;
import org.qianshou.funding.application.ApplicationFacts;
import org.qianshou.funding.application.Applications;
import org.qianshou.funding.call.CallCriterion;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.Calls;
import org.qianshou.funding.review.ReviewRequests.DeclarationRequest;
import org.qianshou.funding.review.ReviewRequests.ScoreEntry;
import org.qianshou.funding.review.ReviewRequests.ScoresRequest;
import org.qianshou.funding.review.ReviewViews.Criterion;
import org.qianshou.funding.review.ReviewViews.OwnReview;
import org.qianshou.funding.review.ReviewViews.OwnScore;
import org.qianshou.funding.review.ReviewViews.QueueItem;
import org.qianshou.funding.review.ReviewViews.ReviewerApplication;
import org.qianshou.funding.review.ReviewViews.Rubric;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Review as the reviewer does it: the queue of their assignments, the declaration of a conflict of interest (or none)
 * before anything of the application is shown, the application (blind when the call says so), scores on the call's
 * rubric saved as a draft, and the submission. An assignment is its reviewer's alone: anyone else gets 404. A
 * conflicted reviewer is refused the application for ever, whatever the funder does afterwards.
 */
@Singleton
public class ReviewerDesk {

    static final int MAX_REASON = 2000;
    static final int MAX_SCORE_COMMENT = 4000;
    static final int MAX_COMMENT = 8000;

    /** The 403 of a reviewer who has not declared yet. */
    static final String DECLARE_FIRST = "declare-first";

    /** The 403 of a reviewer who declared a conflict of interest. */
    static final String CONFLICT = "conflict-of-interest";

    private final ReviewAssignmentRepository assignments;
    private final ReviewScoreRepository scores;
    private final Calls calls;
    private final Applications applications;
    private final AuditLog audit;
    private final AccessPolicy access;

    ReviewerDesk(
            ReviewAssignmentRepository assignments,
            ReviewScoreRepository scores,
            Calls calls,
            Applications applications,
            AuditLog audit,
            AccessPolicy access) {
        this.access = access;
        this.assignments = assignments;
        this.scores = scores;
        this.calls = calls;
        this.applications = applications;
        this.audit = audit;
    }

    /** The reviewer's assignments, newest first; an application's title only once no conflict is declared. */
    @ReadOnly
    public List<QueueItem> queue(Actor actor) {
        List<ReviewAssignment> mine =
                assignments.findByReviewerAccountIdAndRemovedAtIsNullOrderByIdDesc(actor.accountId());
        Map<Long, String> callTitles = new HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        for (ReviewAssignment a : mine) {
            String callTitle = callTitles.computeIfAbsent(
                    a.callId(), id -> calls.facts(id).map(CallFacts::title).orElse(""));
            String title = a.cleared()
                    ? applications
                            .facts(a.applicationId())
                            .map(ApplicationFacts::title)
                            .orElse(null)
                    : null;
            items.add(new QueueItem(
                    a.id(),
                    a.callId(),
                    callTitle,
                    a.applicationId(),
                    a.declaration(),
                    a.status(),
                    title,
                    ReviewTimes.at(a.assignedAt()),
                    ReviewTimes.at(a.submittedAt())));
        }
        return items;
    }

    /**
     * The reviewer declares a conflict of interest (with an optional reason) or none. Once made, a declaration is
     * final: a second one is 409.
     */
    @Transactional
    public QueueItem declare(Actor actor, long assignmentId, DeclarationRequest request) {
        ReviewAssignment a = mineForUpdate(actor, assignmentId); // whose it is, before what is wrong with the body
        if (request.conflict() == null) {
            throw InvalidInputException.of("conflict", "error.required");
        }
        String reason = request.reason() == null ? null : request.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "field.review.too-long", MAX_REASON);
        }
        if (reason != null && !Text.validMultiLine(reason)) {
            throw InvalidInputException.of("reason", "field.text.control-characters");
        }
        if (!ReviewAssignment.PENDING.equals(a.declaration())) {
            throw ConflictException.onField("conflict", "error.review.already-declared");
        }
        boolean conflict = request.conflict();
        assignments.update(
                a.declared(conflict, conflict && reason != null && !reason.isEmpty() ? reason : null, Instant.now()));
        audit.record(
                actor.accountId(),
                conflict ? "funding.review.conflict-declared" : "funding.review.no-conflict-declared",
                "funding_review_assignment",
                a.id(),
                "application " + a.applicationId()
                        + (conflict && reason != null ? ", reason of " + reason.length() + " characters" : ""));
        return queue(actor).stream()
                .filter(i -> i.assignmentId() == assignmentId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The application, its call's rubric and the reviewer's draft: 403 {@code declare-first} until no conflict is
     * declared, 403 {@code conflict-of-interest} for ever after a conflict.
     */
    @ReadOnly
    public ReviewerApplication application(Actor actor, long assignmentId) {
        ReviewAssignment a = mine(actor, assignmentId);
        requireCleared(a);
        requireUnderReview(a);
        CallFacts call = callOf(a);
        ApplicationContent content = applications.content(a.applicationId(), call.blindReview());
        List<ReviewScore> own = scores.findByAssignmentId(a.id());
        return new ReviewerApplication(
                a.id(),
                call.id(),
                call.title(),
                call.blindReview(),
                content,
                rubric(call),
                ownScores(call, own),
                a.overallComment(),
                ReviewTimes.score(Scoring.weighted(call, byCriterion(own))),
                ReviewTimes.at(a.submittedAt()),
                a.version());
    }

    /**
     * Saves the reviewer's draft: scores of the call's criteria (integers in the call's range; a draft may leave some
     * out) with comments, and an overall comment. Refused once submitted (409), on another version (409
     * {@code version}), and naming the field ({@code scores[1].score}) for a score out of range or with a fraction.
     */
    @Transactional
    public OwnReview saveScores(Actor actor, long assignmentId, ScoresRequest request) {
        ReviewAssignment a = mineForUpdate(actor, assignmentId);
        requireCleared(a);
        CallFacts call = callOf(a);
        List<ReviewScore> wanted = check(call, a.id(), request);
        String comment = request.comment() == null ? "" : request.comment().strip();
        if (a.submitted()) {
            throw new ConflictException("error.review.submitted");
        }
        requireUnderReview(a);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "error.required");
        }
        if (!request.version().equals(a.version())) {
            throw ConflictException.onField("version", "error.review.changed", a.version());
        }
        scores.deleteByAssignmentId(a.id());
        scores.saveAll(wanted);
        ReviewAssignment saved = assignments.update(a.commented(comment));
        return own(call, saved, wanted);
    }

    /** Submits the review: every criterion must be scored. Final: the scores cannot change afterwards. */
    @Transactional
    public OwnReview submit(Actor actor, long assignmentId, @Nullable Long version) {
        ReviewAssignment a = mineForUpdate(actor, assignmentId);
        requireCleared(a);
        if (a.submitted()) {
            throw new ConflictException("error.review.submitted");
        }
        if (version != null && !version.equals(a.version())) {
            throw ConflictException.onField("version", "error.review.changed", a.version());
        }
        requireUnderReview(a);
        CallFacts call = callOf(a);
        List<ReviewScore> own = scores.findByAssignmentId(a.id());
        Map<Long, Integer> byCriterion = byCriterion(own);
        List<Violation> missing = new ArrayList<>();
        for (CallCriterion c : call.criteria()) {
            if (!byCriterion.containsKey(c.id())) {
                missing.add(new Violation("scores", "field.review.criterion-unscored", c.name()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        BigDecimal weighted = Scoring.weighted(call, byCriterion);
        ReviewAssignment saved = assignments.update(a.submitted(Instant.now(), weighted));
        audit.record(
                actor.accountId(),
                "funding.review.submitted",
                "funding_review_assignment",
                a.id(),
                "application " + a.applicationId() + ", weighted score " + weighted);
        return own(call, saved, own);
    }

    private List<ReviewScore> check(CallFacts call, long assignmentId, ScoresRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.scores() == null) {
            violations.add(new Violation("scores", "error.required"));
        }
        if (request.comment() != null && request.comment().strip().length() > MAX_COMMENT) {
            violations.add(new Violation("comment", "field.review.too-long", MAX_COMMENT));
        } else if (request.comment() != null && !Text.validMultiLine(request.comment())) {
            violations.add(new Violation("comment", "field.text.control-characters"));
        }
        List<ReviewScore> wanted = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, CallCriterion> criteria = new HashMap<>();
        call.criteria().forEach(c -> criteria.put(c.id(), c));
        List<ScoreEntry> entries = request.scores() == null ? List.of() : request.scores();
        for (int i = 0; i < entries.size(); i++) {
            ScoreEntry e = entries.get(i);
            String at = "scores[" + i + "]";
            if (e == null) {
                violations.add(new Violation(at, "error.required"));
                continue;
            }
            if (e.criterionId() == null) {
                violations.add(new Violation(at + ".criterionId", "error.required"));
            } else if (!criteria.containsKey(e.criterionId())) {
                violations.add(new Violation(at + ".criterionId", "field.review.criterion-unknown", e.criterionId()));
            } else if (!seen.add(e.criterionId())) {
                violations.add(new Violation(at + ".criterionId", "field.duplicate", e.criterionId()));
            }
            Optional<Integer> score = wholeScore(e.score());
            if (e.score() == null) {
                violations.add(new Violation(at + ".score", "error.required"));
            } else if (score.isEmpty() || score.get() < call.scoreMin() || score.get() > call.scoreMax()) {
                violations.add(
                        new Violation(at + ".score", "field.review.score-range", call.scoreMin(), call.scoreMax()));
            }
            String comment = e.comment() == null ? "" : e.comment().strip();
            if (comment.length() > MAX_SCORE_COMMENT) {
                violations.add(new Violation(at + ".comment", "field.review.too-long", MAX_SCORE_COMMENT));
            } else if (!Text.validMultiLine(comment)) {
                violations.add(new Violation(at + ".comment", "field.text.control-characters"));
            }
            if (violations.isEmpty()) {
                wanted.add(new ReviewScore(null, assignmentId, e.criterionId(), score.orElseThrow(), comment));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return wanted;
    }

    /** The score as an int when it is a whole number (7 or 7.0), empty for a fraction or a number beyond int. */
    static Optional<Integer> wholeScore(@Nullable BigDecimal score) {
        if (score == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(score.stripTrailingZeros().intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private OwnReview own(CallFacts call, ReviewAssignment a, List<ReviewScore> own) {
        return new OwnReview(
                a.id(),
                a.status(),
                ownScores(call, own),
                a.overallComment(),
                ReviewTimes.score(Scoring.weighted(call, byCriterion(own))),
                ReviewTimes.at(a.submittedAt()),
                a.version());
    }

    private static List<OwnScore> ownScores(CallFacts call, List<ReviewScore> own) {
        Map<Long, ReviewScore> byCriterion = new HashMap<>();
        own.forEach(s -> byCriterion.put(s.criterionId(), s));
        List<OwnScore> result = new ArrayList<>();
        for (CallCriterion c : call.criteria()) {
            ReviewScore s = byCriterion.get(c.id());
            if (s != null) {
                result.add(new OwnScore(c.id(), s.score(), s.comment()));
            }
        }
        return result;
    }

    private static Map<Long, Integer> byCriterion(List<ReviewScore> own) {
        Map<Long, Integer> map = new HashMap<>();
        own.forEach(s -> map.put(s.criterionId(), s.score()));
        return map;
    }

    private static Rubric rubric(CallFacts call) {
        return new Rubric(
                call.scoreMin(),
                call.scoreMax(),
                call.criteria().stream()
                        .map(c -> new Criterion(c.id(), c.seq(), c.name(), c.description(), c.weight()))
                        .toList());
    }

    private static void requireCleared(ReviewAssignment a) {
        if (a.conflicted()) {
            throw ForbiddenException.byRule(CONFLICT, "error.review.conflict-declared");
        }
        if (!a.cleared()) {
            throw ForbiddenException.byRule(DECLARE_FIRST, "error.review.declare-first");
        }
    }

    /**
     * The application is still what the reviewer was assigned: submitted (or awarded) and at the assignment's stage. A
     * withdrawn one, or a concept note shortlisted into a full proposal the agency is drafting, is not shown.
     */
    private void requireUnderReview(ReviewAssignment a) {
        Optional<ApplicationFacts> facts = applications
                .facts(a.applicationId())
                .filter(f -> (f.status().equals("submitted") || f.status().equals("awarded"))
                        && f.stage().equals(a.stage()));
        if (facts.isEmpty()) {
            throw new ConflictException("error.review.not-under-review");
        }
        if (access.isMember(a.reviewerAccountId(), facts.get().organisationId())) {
            // joined the applying organisation after being assigned: a conflict whatever was declared
            throw ForbiddenException.byRule(CONFLICT, "error.review.now-member");
        }
    }

    private CallFacts callOf(ReviewAssignment a) {
        return calls.facts(a.callId()).orElseThrow(() -> new NotFoundException("review.resource.call", a.callId()));
    }

    /**
     * The actor's own assignment. A conflicted one stays theirs even after the funder took them off (so the answer is
     * still 403); another one taken off is 404, as is anyone else's.
     */
    private ReviewAssignment mine(Actor actor, long assignmentId) {
        return assignments
                .findById(assignmentId)
                .filter(a -> a.reviewerAccountId() == actor.accountId() && (a.active() || a.conflicted()))
                .orElseThrow(() -> new NotFoundException("resource.review-assignment", assignmentId));
    }

    private ReviewAssignment mineForUpdate(Actor actor, long assignmentId) {
        return assignments
                .findByIdForUpdate(assignmentId)
                .filter(a -> a.reviewerAccountId() == actor.accountId() && (a.active() || a.conflicted()))
                .orElseThrow(() -> new NotFoundException("resource.review-assignment", assignmentId));
    }
}
