package org.qianshou.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A category of an application's or a report's budget lines (issue 9): a stable code, its names, and whether it is the
 * management fee (管理费), whose share of a budget a funding call caps. Exactly one category is.
 */
@Serdeable
public record BudgetCategory(String code, String nameZh, String nameEn, boolean managementFee) {}
