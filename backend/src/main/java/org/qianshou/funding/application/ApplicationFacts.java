package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What review and awards need to know of an application ({@link Applications}): its call, organisation, project,
 * stage and status, the requested amount and management fee in fen (computed from the budget lines), and its budget
 * lines and indicators.
 */
@Serdeable
public record ApplicationFacts(
        long id,
        long callId,
        long organisationId,
        String organisationName,
        @Nullable Long projectId,
        @Nullable String projectTitle,
        String stage,
        String status,
        String title,
        long requestedFen,
        long managementFeeFen,
        @Nullable Instant submittedAt,
        List<BudgetLine> budgetLines,
        List<Indicator> indicators) {

    public ApplicationFacts {
        budgetLines = List.copyOf(budgetLines);
        indicators = List.copyOf(indicators);
    }

    /** One budget line: a {@code budget_category} code, a description and the amount in fen. */
    @Serdeable
    public record BudgetLine(int seq, String category, String description, long amountFen) {}

    /** One outcome indicator with its target (reports give values against it). */
    @Serdeable
    public record Indicator(long id, int seq, String name, String unit, BigDecimal target) {}
}
