package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a revision keeps of an application: its stage and status at that version, the project, the title, the four
 * section texts, beneficiary count, period, budget lines, indicators, the totals computed from the lines, and the
 * attachments (id and file name) it had. Stored as JSON in {@code funding_application_revision.snapshot}.
 */
@Serdeable
public record ApplicationSnapshot(
        String stage,
        String status,
        @Nullable Long projectId,
        String title,
        String need,
        String objectives,
        String activities,
        String beneficiaries,
        @Nullable Integer beneficiaryCount,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        List<Line> budgetLines,
        List<Target> indicators,
        long requestedFen,
        long managementFeeFen,
        List<File> attachments) {

    @Serdeable
    public record Line(String category, String description, long amountFen) {}

    @Serdeable
    public record Target(String name, String unit, BigDecimal target) {}

    @Serdeable
    public record File(long id, String filename) {}
}
