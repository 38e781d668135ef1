package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * One reviewer on one application ({@code funding_review_assignment}): the declaration, the overall comment and when the
 * review was submitted. {@code removedAt} is set when the funder takes the reviewer off; the row stays.
 */
@MappedEntity("funding_review_assignment")
record ReviewAssignment(
        @Id @GeneratedValue @Nullable Long id,
        long callId,
        long applicationId,
        long reviewerAccountId,
        long assignedBy,
        Instant assignedAt,
        @Nullable Instant removedAt,
        String declaration,
        @Nullable String conflictReason,
        @Nullable Instant declaredAt,
        String overallComment,
        @Nullable Instant submittedAt,
        @Version @Nullable Long version,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String PENDING = "pending";
    static final String NONE = "none";
    static final String CONFLICT = "conflict";

    static ReviewAssignment assign(long callId, long applicationId, long reviewer, long by, Instant now) {
        return new ReviewAssignment(
                null, callId, applicationId, reviewer, by, now, null, PENDING, null, null, "", null, null, null);
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
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                reviewerAccountId,
                assignedBy,
                assignedAt,
                at,
                declaration,
                conflictReason,
                declaredAt,
                overallComment,
                submittedAt,
                version,
                updatedAt);
    }

    ReviewAssignment restored(long by, Instant at) {
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                reviewerAccountId,
                by,
                at,
                null,
                declaration,
                conflictReason,
                declaredAt,
                overallComment,
                submittedAt,
                version,
                updatedAt);
    }

    ReviewAssignment declared(boolean conflict, @Nullable String reason, Instant at) {
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                reviewerAccountId,
                assignedBy,
                assignedAt,
                removedAt,
                conflict ? CONFLICT : NONE,
                conflict ? reason : null,
                at,
                overallComment,
                submittedAt,
                version,
                updatedAt);
    }

    ReviewAssignment commented(String comment) {
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                reviewerAccountId,
                assignedBy,
                assignedAt,
                removedAt,
                declaration,
                conflictReason,
                declaredAt,
                comment,
                submittedAt,
                version,
                updatedAt);
    }

    ReviewAssignment submittedAt(Instant at) {
        return new ReviewAssignment(
                id,
                callId,
                applicationId,
                reviewerAccountId,
                assignedBy,
                assignedAt,
                removedAt,
                declaration,
                conflictReason,
                declaredAt,
                overallComment,
                at,
                version,
                updatedAt);
    }
}
