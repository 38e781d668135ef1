package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One reviewer on one application at one stage ({@code funding_review_assignment}): the declaration, the overall
 * comment, when the review was submitted and its weighted score (fixed then). {@code removedAt} is set when the funder
 * takes the reviewer off; the row stays.
 */
@MappedEntity("funding_review_assignment")
record ReviewAssignment(
        @Id @GeneratedValue @Nullable Long id,
        long callId,
        long applicationId,
        String stage,
        long reviewerAccountId,
        long assignedBy,
        Instant assignedAt,
        @Nullable Instant removedAt,
        String declaration,
        @Nullable String conflictReason,
        @Nullable Instant declaredAt,
        String overallComment,
        @Nullable Instant submittedAt,
        @Nullable BigDecimal weightedScore,
        @Version @Nullable Long version,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String PENDING = "pending";
    static final String NONE = "none";
    static final String CONFLICT = "conflict";

    static ReviewAssignment assign(long callId, long applicationId, String stage, long reviewer, long by, Instant now) {
        return new ReviewAssignment(
                null,
                callId,
                applicationId,
                stage,
                reviewer,
                by,
                now,
                null,
                PENDING,
                null,
                null,
                "",
                null,
                null,
                null,
                null);
    }

    boolean active() {
        return removedAt == null;
    }

    boolean conflicted() {
        return CONFLICT.equals(declaration);
    }

    boolean cleared() {
        return NONE.equals(declaration);
    }

    boolean submitted() {
        return submittedAt != null;
    }

    /** What the reviewer's queue says they must do next. */
    String status() {
        if (conflicted()) {
            return "conflicted";
        }
        if (!cleared()) {
            return "declare";
        }
        return submitted() ? "submitted" : "score";
    }

    ReviewAssignment removed(Instant at) {
        return with(assignedBy, assignedAt, at, declaration, conflictReason, declaredAt, overallComment);
    }

    ReviewAssignment restored(long by, Instant at) {
        return with(by, at, null, declaration, conflictReason, declaredAt, overallComment);
    }

    ReviewAssignment declared(boolean conflict, @Nullable String reason, Instant at) {
        return with(assignedBy, assignedAt, removedAt, conflict ? CONFLICT : NONE, conflict ? reason : null, at, "");
    }

    ReviewAssignment commented(String comment) {
        return with(assignedBy, assignedAt, removedAt, declaration, conflictReason, declaredAt, comment);
    }

    ReviewAssignment submitted(Instant at, BigDecimal weighted) {
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                stage,
                reviewerAccountId,
                assignedBy,
                assignedAt,
                removedAt,
                declaration,
                conflictReason,
                declaredAt,
                overallComment,
                at,
                weighted,
                version,
                updatedAt);
    }

    private ReviewAssignment with(
            long by,
            Instant at,
            @Nullable Instant removed,
            String declared,
            @Nullable String reason,
            @Nullable Instant declaredOn,
            String comment) {
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                stage,
                reviewerAccountId,
                by,
                at,
                removed,
                declared,
                reason,
                declaredOn,
                comment,
                submittedAt,
                weightedScore,
                version,
                updatedAt);
    }
}
