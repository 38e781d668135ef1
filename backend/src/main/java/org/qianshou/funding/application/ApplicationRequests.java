package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the application routes. Every field is checked by {@link ApplicationValidation}, naming it. */
public final class ApplicationRequests {

    private ApplicationRequests() {}

    /** A new draft for a call. */
    @Serdeable
    public record Start(@Nullable Long callId) {}

    /**
     * An autosave of a draft: the whole editable content and the {@code version} it was based on. A draft may be
     * incomplete; what is there must be valid. Amounts are integer fen (a fraction or a negative amount is refused,
     * never rounded), so they are read as decimals and checked.
     */
    @Serdeable
    public record Save(
            @Nullable Long projectId,
            @Nullable String title,
            @Nullable String need,
            @Nullable String objectives,
            @Nullable String activities,
            @Nullable String beneficiaries,
            @Nullable Integer beneficiaryCount,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            @Nullable List<BudgetLine> budgetLines,
            @Nullable List<Indicator> indicators,
            @Nullable Long version) {

        List<BudgetLine> lines() {
            return budgetLines == null ? List.of() : budgetLines;
        }

        List<Indicator> targets() {
            return indicators == null ? List.of() : indicators;
        }
    }

    /** A budget line: a {@code budget_category} code, what it pays for, and the amount in fen. */
    @Serdeable
    public record BudgetLine(
            @Nullable String category,
            @Nullable String description,
            @Nullable BigDecimal amountFen) {}

    /** An outcome indicator: what is measured, its unit and the target (at most two decimals). */
    @Serdeable
    public record Indicator(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String unit,
            @Nullable BigDecimal target) {}

    /** Submitting the given version. */
    @Serdeable
    public record Submit(@Nullable Long version) {}

    /** Withdrawing (the reason is optional) or rejecting (the reason is required). */
    @Serdeable
    public record Reason(@Nullable String reason) {}
}
