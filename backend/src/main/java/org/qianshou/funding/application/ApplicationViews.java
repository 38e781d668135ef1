package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the application routes answer. Times are in Asia/Shanghai ({@code +08:00}), money in integer fen. */
public final class ApplicationViews {

    private ApplicationViews() {}

    /**
     * An application as its editor and the funder see it. {@code requestedFen} and {@code managementFeeFen} are the
     * server's sums of the budget lines; {@code managementFeeCapBp} is the call's cap in basis points.
     */
    @Serdeable
    public record ApplicationDetail(
            long id,
            long callId,
            String callTitle,
            long organisationId,
            String organisationName,
            @Nullable Long projectId,
            @Nullable String projectTitle,
            String stage,
            String status,
            @Nullable String statusReason,
            String title,
            String need,
            String objectives,
            String activities,
            String beneficiaries,
            @Nullable Integer beneficiaryCount,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            List<BudgetLine> budgetLines,
            List<Indicator> indicators,
            long requestedFen,
            long managementFeeFen,
            int managementFeeCapBp,
            List<AttachmentView> attachments,
            @Nullable OffsetDateTime shortlistedAt,
            @Nullable OffsetDateTime submittedAt,
            OffsetDateTime updatedAt,
            long version) {}

    @Serdeable
    public record BudgetLine(String category, String description, long amountFen) {}

    @Serdeable
    public record Indicator(long id, String name, String unit, BigDecimal target) {}

    /**
     * One of the agency's applications in its list. {@code closesAt} is the deadline of the application's stage (the
     * concept-note deadline for a concept note).
     */
    @Serdeable
    public record ApplicationSummary(
            long id,
            long callId,
            String callTitle,
            String funderName,
            String stage,
            String status,
            String title,
            long requestedFen,
            OffsetDateTime closesAt,
            OffsetDateTime updatedAt,
            @Nullable OffsetDateTime submittedAt,
            @Nullable Long awardId,
            long version) {}

    /** One application in the funder's list of a call's applications (never a draft). */
    @Serdeable
    public record CallApplicationSummary(
            long id,
            long organisationId,
            String organisationName,
            @Nullable Long projectId,
            @Nullable String projectTitle,
            String stage,
            String status,
            String title,
            long requestedFen,
            @Nullable OffsetDateTime submittedAt) {}

    /** One version of an application: the event that made it and when. */
    @Serdeable
    public record Revision(long version, String event, OffsetDateTime savedAt) {}

    /** One version with what the application held then. */
    @Serdeable
    public record RevisionDetail(long version, String event, OffsetDateTime savedAt, ApplicationSnapshot content) {}
}
