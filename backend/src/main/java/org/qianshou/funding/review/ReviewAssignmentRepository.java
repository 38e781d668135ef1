package org.qianshou.funding.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Review assignments, and the ranking of a call read in one aggregate query. Callers bring the transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewAssignmentRepository extends CrudRepository<ReviewAssignment, Long> {

    /** One application of a call as the ranking shows it; the scores are exact (rounded by the caller). */
    @Introspected
    record RankingRow(
            long applicationId,
            String title,
            long organisationId,
            long requestedFen,
            @Nullable Instant submittedAt,
            @Nullable BigDecimal weightedScore,
            @Nullable BigDecimal spread,
            long reviewsSubmitted,
            long reviewsAssigned,
            boolean needsReassignment) {}

    /** An active assignment of a call and, once it is submitted, its weighted score. */
    @Introspected
    record AssignmentRow(
            long assignmentId,
            long applicationId,
            long accountId,
            String declaration,
            @Nullable Instant submittedAt,
            @Nullable BigDecimal weightedScore) {}

    List<ReviewAssignment> findByApplicationIdOrderById(long applicationId);

    List<ReviewAssignment> findByReviewerAccountIdAndRemovedAtIsNullOrderByIdDesc(long reviewerAccountId);

    @Query("SELECT * FROM funding_review_assignment WHERE id = :id FOR UPDATE")
    Optional<ReviewAssignment> findByIdForUpdate(long id);

    /**
     * Serialises changes to one application's reviewers until the caller's transaction ends (an advisory lock), so two
     * funder members saving at once apply one after the other.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('funding-review:' ||"
            + " CAST(:applicationId AS text), 0))) AS locked")
    long lockApplication(long applicationId);

    /**
     * The call's submitted (and awarded) applications with their weighted score (the mean over submitted reviews of
     * Σ weight × score / 100), the spread between reviewers (max − min), how many reviews are submitted and assigned,
     * and whether an active reviewer declared a conflict; ranked by score (unscored last), ties by submission time.
     */
    @Query("WITH reviewed AS ("
            + " SELECT r.application_id, CAST(sum(c.weight * s.score) AS numeric) / 100 AS weighted"
            + " FROM funding_review_assignment r"
            + " JOIN funding_review_score s ON s.assignment_id = r.id"
            + " JOIN funding_call_criterion c ON c.id = s.criterion_id"
            + " WHERE r.call_id = :callId AND r.removed_at IS NULL AND r.submitted_at IS NOT NULL"
            + " GROUP BY r.id, r.application_id),"
            + " scored AS (SELECT application_id, avg(weighted) AS mean, max(weighted) - min(weighted) AS spread,"
            + " count(*) AS submitted FROM reviewed GROUP BY application_id),"
            + " assigned AS (SELECT application_id, count(*) AS assigned,"
            + " bool_or(declaration = 'conflict') AS conflicted FROM funding_review_assignment"
            + " WHERE call_id = :callId AND removed_at IS NULL GROUP BY application_id)"
            + " SELECT a.id AS application_id, a.title, a.organisation_id, a.requested_fen, a.submitted_at,"
            + " s.mean AS weighted_score, s.spread, COALESCE(s.submitted, 0) AS reviews_submitted,"
            + " COALESCE(n.assigned, 0) AS reviews_assigned, COALESCE(n.conflicted, false) AS needs_reassignment"
            + " FROM funding_application a"
            + " LEFT JOIN scored s ON s.application_id = a.id"
            + " LEFT JOIN assigned n ON n.application_id = a.id"
            + " WHERE a.call_id = :callId AND a.status IN ('submitted', 'awarded')"
            + " ORDER BY s.mean DESC NULLS LAST, a.submitted_at ASC NULLS LAST, a.id")
    List<RankingRow> ranking(long callId);

    /** The call's active assignments, each with its weighted score once submitted, by application and assignment. */
    @Query("SELECT r.id AS assignment_id, r.application_id, r.reviewer_account_id AS account_id, r.declaration,"
            + " r.submitted_at, CASE WHEN r.submitted_at IS NULL THEN NULL ELSE w.weighted END AS weighted_score"
            + " FROM funding_review_assignment r"
            + " LEFT JOIN (SELECT s.assignment_id, CAST(sum(c.weight * s.score) AS numeric) / 100 AS weighted"
            + " FROM funding_review_score s JOIN funding_call_criterion c ON c.id = s.criterion_id"
            + " JOIN funding_review_assignment x ON x.id = s.assignment_id"
            + " WHERE x.call_id = :callId AND x.removed_at IS NULL AND x.submitted_at IS NOT NULL"
            + " GROUP BY s.assignment_id) w ON w.assignment_id = r.id"
            + " WHERE r.call_id = :callId AND r.removed_at IS NULL"
            + " ORDER BY r.application_id, r.assigned_at, r.id")
    List<AssignmentRow> assignmentsOfCall(long callId);

    /** One application's active assignments, as {@link #assignmentsOfCall} reads them. */
    @Query("SELECT r.id AS assignment_id, r.application_id, r.reviewer_account_id AS account_id, r.declaration,"
            + " r.submitted_at, CASE WHEN r.submitted_at IS NULL THEN NULL ELSE"
            + " (SELECT CAST(sum(c.weight * s.score) AS numeric) / 100 FROM funding_review_score s"
            + " JOIN funding_call_criterion c ON c.id = s.criterion_id WHERE s.assignment_id = r.id) END"
            + " AS weighted_score"
            + " FROM funding_review_assignment r WHERE r.application_id = :applicationId AND r.removed_at IS NULL"
            + " ORDER BY r.assigned_at, r.id")
    List<AssignmentRow> assignmentsOfApplication(long applicationId);
}
