package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.qianshou.funding.application.ApplicationContent;

/** What the review routes answer. Scores are on the call's range, weighted scores with two decimals. */
public final class ReviewViews {

    private ReviewViews() {}

    /** An account the funder may assign: holds the reviewer role ({@code reviewer}) or is the funder's member ({@code staff}). */
    @Serdeable
    public record Candidate(long accountId, String displayName, String source) {}

    /** A reviewer on an application as the funder sees it; the weighted score once the review is submitted. */
    @Serdeable
    public record AssignmentView(
            long assignmentId,
            long accountId,
            String displayName,
            String declaration,
            @Nullable OffsetDateTime submittedAt,
            @Nullable BigDecimal weightedScore) {}

    /**
     * One application in the call's ranking: its weighted score (mean over submitted reviews), the spread between
     * reviewers, and whether a reviewer declared a conflict and must be replaced.
     */
    @Serdeable
    public record RankingEntry(
            @Nullable Integer rank,
            long applicationId,
            String title,
            String organisationName,
            long requestedFen,
            @Nullable OffsetDateTime submittedAt,
            @Nullable BigDecimal weightedScore,
            @Nullable BigDecimal spread,
            int reviewsSubmitted,
            int reviewsAssigned,
            boolean needsReassignment,
            List<AssignmentView> assignments) {}

    /** A criterion's score with the reviewer's comment. */
    @Serdeable
    public record ScoreView(long criterionId, int seq, String name, int weight, int score, String comment) {}

    /**
     * One reviewer's review of an application as the funder sees it: the declaration (with the reason of a conflict)
     * and, once submitted, the scores and comments.
     */
    @Serdeable
    public record ReviewDetail(
            long assignmentId,
            long accountId,
            String displayName,
            String declaration,
            @Nullable String conflictReason,
            @Nullable OffsetDateTime declaredAt,
            @Nullable OffsetDateTime submittedAt,
            @Nullable BigDecimal weightedScore,
            @Nullable String comment,
            List<ScoreView> scores) {}

    /** An assignment in the reviewer's queue; the application's title only once no conflict is declared. */
    @Serdeable
    public record QueueItem(
            long assignmentId,
            long callId,
            String callTitle,
            long applicationId,
            String declaration,
            String status,
            @Nullable String applicationTitle,
            OffsetDateTime assignedAt,
            @Nullable OffsetDateTime submittedAt) {}

    /** The call's rubric: the score range and the weighted criteria. */
    @Serdeable
    public record Rubric(int scoreMin, int scoreMax, List<Criterion> criteria) {}

    @Serdeable
    public record Criterion(long id, int seq, String name, String description, int weight) {}

    /** The reviewer's own scores so far. */
    @Serdeable
    public record OwnScore(long criterionId, int score, String comment) {}

    /**
     * What a reviewer who declared no conflict reads and scores: the application (without the organisation, its
     * credit code, project, people and attachments when the call's review is blind), the rubric and their draft.
     */
    @Serdeable
    public record ReviewerApplication(
            long assignmentId,
            long callId,
            String callTitle,
            boolean blind,
            ApplicationContent application,
            Rubric rubric,
            List<OwnScore> scores,
            String comment,
            @Nullable BigDecimal weightedScore,
            @Nullable OffsetDateTime submittedAt,
            long version) {}

    /** The reviewer's review after a save or a submission. */
    @Serdeable
    public record OwnReview(
            long assignmentId,
            String status,
            List<OwnScore> scores,
            String comment,
            @Nullable BigDecimal weightedScore,
            @Nullable OffsetDateTime submittedAt,
            long version) {}
}
