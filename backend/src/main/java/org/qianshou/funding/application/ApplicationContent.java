package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as a reviewer reads it: every section, the budget and the indicators. Blind (the call's blind review),
 * it carries no organisation id or name, no project and no attachments (the organisation's credit code and people are
 * never part of it); those fields are then {@code null} or empty. Times are in Asia/Shanghai ({@code +08:00}).
 */
@Serdeable
public record ApplicationContent(
        long id,
        long callId,
        String stage,
        String status,
        boolean blind,
        @Nullable Long organisationId,
        @Nullable String organisationName,
        @Nullable Long projectId,
        @Nullable String projectTitle,
        String title,
        String need,
        String objectives,
        String activities,
        String beneficiaries,
        @Nullable Integer beneficiaryCount,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        List<ApplicationFacts.BudgetLine> budgetLines,
        long requestedFen,
        long managementFeeFen,
        List<ApplicationFacts.Indicator> indicators,
        List<AttachmentView> attachments,
        @Nullable OffsetDateTime submittedAt) {

    public ApplicationContent {
        budgetLines = List.copyOf(budgetLines);
        indicators = List.copyOf(indicators);
        attachments = List.copyOf(attachments);
    }
}
