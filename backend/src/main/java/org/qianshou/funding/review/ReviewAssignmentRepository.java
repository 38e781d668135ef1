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

    boolean existsByCallIdAndReviewerAccountId(long callId, long reviewerAccountId);

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
     * their weighted scores, Σ weight × score / 100, fixed at submission), the spread between reviewers (max − min),
     * how many reviews are submitted and assigned, and whether an active reviewer declared a conflict; ranked by
     * score (unscored last), ties by submission time. Only reviews of the application's current stage count. One pass
     * over the call's assignments by index.
     */
    @Query("WITH reviewed AS (SELECT application_id, stage, count(*) AS assigned,"
            + " count(weighted_score) AS submitted, avg(weighted_score) AS mean,"
            + " max(weighted_score) - min(weighted_score) AS spread, bool_or(declaration = 'conflict') AS conflicted"
            + " FROM funding_review_assignment WHERE call_id = :callId AND removed_at IS NULL"
            + " GROUP BY application_id, stage)"
            + " SELECT a.id AS application_id, a.title, a.organisation_id, a.requested_fen, a.submitted_at,"
            + " r.mean AS weighted_score, r.spread, COALESCE(r.submitted, 0) AS reviews_submitted,"
            + " COALESCE(r.assigned, 0) AS reviews_assigned, COALESCE(r.conflicted, false) AS needs_reassignment"
            + " FROM funding_application a LEFT JOIN reviewed r ON r.application_id = a.id AND r.stage = a.stage"
            + " WHERE a.call_id = :callId AND a.status IN ('submitted', 'awarded')"
            + " ORDER BY r.mean DESC NULLS LAST, a.submitted_at ASC NULLS LAST, a.id")
    List<RankingRow> ranking(long callId);

    /**
     * The call's active assignments of its applications' current stages, with their weighted score once submitted, by
     * application and assignment.
     */
    @Query("SELECT r.id AS assignment_id, r.application_id, r.reviewer_account_id AS account_id, r.declaration,"
            + " r.submitted_at, r.weighted_score FROM funding_review_assignment r"
            + " JOIN funding_application a ON a.id = r.application_id AND a.stage = r.stage"
            + " WHERE r.call_id = :callId AND r.removed_at IS NULL ORDER BY r.application_id, r.assigned_at, r.id")
    List<AssignmentRow> assignmentsOfCall(long callId);

    /** One application's active assignments at a stage, as {@link #assignmentsOfCall} reads them. */
    @Query("SELECT id AS assignment_id, application_id, reviewer_account_id AS account_id, declaration, submitted_at,"
            + " weighted_score FROM funding_review_assignment WHERE application_id = :applicationId"
            + " AND stage = :stage AND removed_at IS NULL ORDER BY assigned_at, id")
    List<AssignmentRow> assignmentsOfApplication(long applicationId, String stage);
}
