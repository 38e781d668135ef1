package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One budget line of an application, in integer fen. */
@MappedEntity("funding_application_budget_line")
record BudgetLineEntity(
        @Id @GeneratedValue @Nullable Long id,
        long applicationId,
        int seq,
        String categoryCode,
        String description,
        long amountFen) {}
