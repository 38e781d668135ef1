package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A save after its checks: the cleaned content and the totals computed from its budget lines. */
record ApplicationContentDraft(
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
        long managementFeeFen) {

    record Line(String category, String description, long amountFen) {}

    record Target(String name, String unit, BigDecimal target) {}
}
