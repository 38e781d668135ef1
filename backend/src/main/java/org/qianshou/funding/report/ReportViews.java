package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API answers about reports. */
final class ReportViews {

    private ReportViews() {}

    /** A report in a list: the agency's (its own reports) and the funder's (with the agency's name). */
    @Serdeable
    record ReportSummary(
            long id,
            long awardId,
            long callId,
            String callTitle,
            String funderName,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            String kind,
            int seq,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueOn,
            String status,
            @Nullable Integer trancheSeq,
            boolean overdue) {}

    @Serdeable
    record IndicatorView(
            long indicatorId,
            String name,
            String unit,
            BigDecimal target,
            @Nullable BigDecimal value) {}

    /**
     * Budget against actual in one category: the budget to the end of the report's period, the actual spent to date,
     * and whether an explanation is required (they differ by more than 10 % of the budget).
     */
    @Serdeable
    record BudgetView(
            String category,
            long budgetFen,
            @Nullable Long actualFen,
            String explanation,
            boolean explanationRequired) {}

    @Serdeable
    record AttachmentView(long id, String filename, String contentType, long sizeBytes) {}

    @Serdeable
    record ReportDetail(
            long id,
            long awardId,
            long callId,
            String callTitle,
            String funderName,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            String kind,
            int seq,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueOn,
            String status,
            @Nullable Integer trancheSeq,
            @Nullable Long trancheId,
            boolean overdue,
            String narrative,
            List<IndicatorView> indicators,
            List<BudgetView> budget,
            List<AttachmentView> attachments,
            @Nullable String returnComment,
            long version) {}
}
