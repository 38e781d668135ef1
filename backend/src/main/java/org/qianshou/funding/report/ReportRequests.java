package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** What the API accepts about reports. Checked by {@link ReportValidation}, which names each bad field. */
final class ReportRequests {

    private ReportRequests() {}

    /** A draft's content; every save replaces the indicator values and budget lines. */
    @Serdeable
    record ReportDraft(
            @Nullable String narrative,
            @Nullable List<IndicatorValueRequest> indicators,
            @Nullable List<BudgetLineRequest> budget,
            @Nullable Long version) {}

    @Serdeable
    record IndicatorValueRequest(
            @Nullable Long indicatorId, @Nullable BigDecimal value) {}

    /** {@code actualFen} is read as any number, so that a fraction is refused naming the line, never truncated. */
    @Serdeable
    record BudgetLineRequest(
            @Nullable String category,
            @Nullable BigDecimal actualFen,
            @Nullable String explanation) {}

    @Serdeable
    record VersionRequest(@Nullable Long version) {}

    @Serdeable
    record ReturnRequest(@Nullable String comment) {}
}
